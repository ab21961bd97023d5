package dev.pacer.esputnik;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.ContactBulkUpdateResult;
import dev.pacer.esputnik.model.ContactEmails;
import dev.pacer.esputnik.model.ContactMessage;
import dev.pacer.esputnik.model.ContactSubscriptionResult;
import dev.pacer.esputnik.model.ContactsBulkUpdate;
import dev.pacer.esputnik.model.IdResult;
import dev.pacer.esputnik.model.ImportSessionStatus;
import dev.pacer.esputnik.model.SubscribeContact;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * eSputnik's contact methods. Get one from {@link EsputnikClient#contacts()}; every method
 * returns a Retrofit {@link Call}: {@code execute()} it, {@code enqueue()} it, or hand it to
 * {@link EsputnikClient#execute} / {@link EsputnikClient#async} for typed errors. Each method's
 * limit is in its description; Pacer enforces it.
 */
public interface ContactsApi {
  /** The most contacts one search page returns. */
  int MAX_SEARCH_ROWS = 500;

  /**
   * Searches contacts, at most 500 a page; the total is in the {@code TotalCount} response
   * header ({@code execute().headers()}). Limit: <b>50/s</b> (rule {@code search-contacts}).
   *
   * @param externalCustomerId filter: your ID for the contact, or null
   * @param email filter: email address, or null
   * @param sms filter: phone number, or null
   * @param firstName filter: first name, or null
   * @param lastName filter: last name, or null
   * @param startIndex the first row, counting from 1; null for 1
   * @param maxRows rows per page, at most 500; null for 500
   * @param sortBy {@code contactId} (unfiltered searches only), or null
   */
  @GET("v1/contacts")
  Call<List<Contact>> search(@Query("externalCustomerId") String externalCustomerId, @Query("email") String email,
      @Query("sms") String sms, @Query("firstname") String firstName, @Query("lastname") String lastName,
      @Query("startindex") Integer startIndex, @Query("maxrows") Integer maxRows, @Query("sortBy") String sortBy);

  /**
   * Searches contacts matching {@code search}, rows {@code startIndex} (from 1) to {@code
   * startIndex + maxRows - 1}. Limit: <b>50/s</b> (rule {@code search-contacts}). For every page,
   * lazily, see {@link EsputnikClient#searchAllContacts}.
   */
  default Call<List<Contact>> search(ContactSearch search, int startIndex, int maxRows) {
    if (startIndex < 1) throw new IllegalArgumentException("startIndex < 1: " + startIndex);
    if (maxRows < 1 || maxRows > MAX_SEARCH_ROWS) throw new IllegalArgumentException("maxRows not in 1..500: " + maxRows);
    return search(search.externalCustomerId(), search.email(), search.sms(), search.firstName(), search.lastName(),
        startIndex, maxRows, search.sortBy());
  }

  /** The contact with eSputnik ID {@code id}. Limit: shared <b>200/s</b> (rule {@code default}). */
  @GET("v1/contact/{id}")
  Call<Contact> get(@Path("id") long id);

  /**
   * Adds a contact, or updates the one it matches; returns its ID. eSputnik answers 409 to a
   * repeat of the same request within a minute. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/contact")
  Call<IdResult> addOrUpdate(@Body Contact contact);

  /**
   * Updates contact {@code id} (and restores it if deleted). Limit: shared <b>200/s</b> (rule
   * {@code default}).
   */
  @PUT("v1/contact/{id}")
  Call<Void> update(@Path("id") long id, @Body Contact contact);

  /**
   * Deletes contact {@code id}; with {@code erase} true, permanently with all its data. Limit:
   * shared <b>200/s</b> (rule {@code default}).
   */
  @DELETE("v1/contact/{id}")
  Call<Void> delete(@Path("id") long id, @Query("erase") Boolean erase);

  /**
   * Deletes the contact with your ID {@code externalCustomerId}; with {@code erase} true,
   * permanently. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @DELETE("v1/contact")
  Call<Void> deleteByExternalCustomerId(@Query("externalCustomerId") String externalCustomerId,
      @Query("erase") Boolean erase);

  /**
   * Adds or updates up to 3000 contacts asynchronously; poll the returned session with {@link
   * #importStatus}. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/contacts")
  Call<ContactBulkUpdateResult> bulkUpdate(@Body ContactsBulkUpdate update);

  /** The state of import session {@code sessionId}. Limit: shared <b>200/s</b> (rule {@code default}). */
  @GET("v1/importstatus/{sessionId}")
  Call<ImportSessionStatus> importStatus(@Path("sessionId") String sessionId);

  /**
   * Signs a contact up through a subscription form (double opt-in). Limit: shared <b>200/s</b>
   * (rule {@code default}).
   */
  @POST("v1/contact/subscribe")
  Call<ContactSubscriptionResult> subscribe(@Body SubscribeContact subscription);

  /**
   * Email addresses of contacts; {@code ids} is a comma-separated list of contact IDs. Limit:
   * shared <b>200/s</b> (rule {@code default}).
   */
  @GET("v1/contacts/email")
  Call<ContactEmails> emails(@Query("ids") String ids);

  /** Email addresses of the contacts {@code ids}. Limit: shared <b>200/s</b> (rule {@code default}). */
  default Call<ContactEmails> emails(Collection<Long> ids) {
    if (ids.isEmpty()) throw new IllegalArgumentException("ids is empty");
    return emails(ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }

  /**
   * The ID of the contact owning mobile push token {@code tokenId} of app {@code appUuid}.
   * Limit: <b>150/s</b> (rule {@code contact-id-by-token}).
   */
  @GET("v1/contact/token/{app_uuid}/{token_id}/contactId")
  Call<IdResult> contactIdByToken(@Path("app_uuid") String appUuid, @Path("token_id") String tokenId);

  /**
   * A contact's message history, newest first, {@code maxRows} (at most 100; null for 10) from
   * {@code offset} (from 0). Limit: <b>10/s</b> (rule {@code message-history}).
   *
   * @param dateFrom the first day or minute, {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}
   * @param dateTo the last day or minute
   * @param contactId the contact, or null
   * @param externalCustomerId your ID for the contact, or null
   * @param email the contact's email address, or null
   * @param phone the contact's phone, or null
   * @param channelTypes comma-separated channels to include, or null for all
   * @param offset rows to skip; null for 0
   * @param maxRows rows to return, at most 100; null for 10
   */
  @GET("v2/contacts/messages")
  Call<List<ContactMessage>> messageHistory(@Query("dateFrom") String dateFrom, @Query("dateTo") String dateTo,
      @Query("contactId") Long contactId, @Query("externalCustomerId") String externalCustomerId,
      @Query("email") String email, @Query("phone") String phone, @Query("channelTypes") String channelTypes,
      @Query("offset") Integer offset, @Query("maxrows") Integer maxRows);

  /** The most rows one message-history page returns. */
  int MAX_HISTORY_ROWS = 100;

  /**
   * The message history {@code query} selects, {@code maxRows} (1..100) from {@code offset}.
   * Limit: <b>10/s</b> (rule {@code message-history}). For every page, lazily, see {@link
   * EsputnikClient#messageHistory}.
   */
  default Call<List<ContactMessage>> messageHistory(MessageHistoryQuery query, int offset, int maxRows) {
    if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
    if (maxRows < 1 || maxRows > MAX_HISTORY_ROWS) throw new IllegalArgumentException("maxRows not in 1..100: " + maxRows);
    return messageHistory(query.dateFrom(), query.dateTo(), query.contactId(), query.externalCustomerId(),
        query.email(), query.phone(), query.channelTypes(), offset, maxRows);
  }
}
