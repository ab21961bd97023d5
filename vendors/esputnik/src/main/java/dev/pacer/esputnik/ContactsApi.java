package dev.pacer.esputnik;

import dev.pacer.esputnik.model.AddressBooks;
import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.ContactActivity;
import dev.pacer.esputnik.model.ContactBulkUpdateResult;
import dev.pacer.esputnik.model.ContactEmails;
import dev.pacer.esputnik.model.ContactMessage;
import dev.pacer.esputnik.model.ContactSubscriptionResult;
import dev.pacer.esputnik.model.ContactSubscriptions;
import dev.pacer.esputnik.model.ContactsBulkUpdate;
import dev.pacer.esputnik.model.IdResult;
import dev.pacer.esputnik.model.ImportSessionStatus;
import dev.pacer.esputnik.model.SubscribeContact;
import dev.pacer.esputnik.model.SubscriptionCategory;
import dev.pacer.esputnik.model.UnsubscribedEmails;
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

  /**
   * The subscription categories contact {@code id} is subscribed to. eSputnik documents a single
   * object; a bare object and an array both read as a list. Limit: shared <b>200/s</b> (rule
   * {@code default}).
   */
  @GET("v1/contact/{id}/subscriptions")
  Call<List<SubscriptionCategory>> subscriptions(@Path("id") long id);

  /**
   * Sets the subscription categories of contact {@code id} to exactly {@code subscriptions}.
   * Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @PUT("v1/contact/{id}/subscriptions")
  Call<Void> updateSubscriptions(@Path("id") long id, @Body ContactSubscriptions subscriptions);

  /**
   * Puts email addresses on the organisation's list of unsubscribed contacts. Limit: shared
   * <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/emails/unsubscribed/add")
  Call<Void> addToUnsubscribed(@Body UnsubscribedEmails emails);

  /**
   * Takes email addresses off the organisation's list of unsubscribed contacts. Limit: shared
   * <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/emails/unsubscribed/delete")
  Call<Void> removeFromUnsubscribed(@Body UnsubscribedEmails emails);

  /** The organisation's subscription categories. Limit: shared <b>200/s</b> (rule {@code default}). */
  @GET("v1/subscriptions")
  Call<List<SubscriptionCategory>> subscriptionCategories();

  /**
   * The organisation's catalogs and their additional contact fields. Limit: shared <b>200/s</b>
   * (rule {@code default}).
   */
  @GET("v1/addressbooks")
  Call<AddressBooks> addressBooks();

  /** eSputnik's default and largest page of contact activity. */
  int MAX_ACTIVITY_ROWS = 25_000;

  /**
   * Contacts' activity on messages (deliveries, reads, clicks, unsubscribes) over a period.
   * Limit: shared <b>200/s</b> (rule {@code default}).
   *
   * @param dateFrom the start of the period, {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}; required
   * @param dateTo the end of the period; required
   * @param email filter: an email address, or null
   * @param sms filter: a phone number, or null
   * @param webPushToken filter: a web push token, or null
   * @param mobPushToken filter: a mobile push token, or null
   * @param messageTag filter: a message tag, or null
   * @param activityStatus filter: {@code DELIVERED}, {@code UNDELIVERED}, {@code READ}, {@code
   *     UNSUBSCRIBED}, {@code CLICKED} or {@code SPAM}, or null
   * @param offset the {@link ContactActivity#offset()} of the last activity already read, or null
   *     for the first page
   * @param maxRows activities to return; null for eSputnik's default, 25,000
   */
  @GET("v2/contacts/activity")
  Call<List<ContactActivity>> activity(@Query("dateFrom") String dateFrom, @Query("dateTo") String dateTo,
      @Query("email") String email, @Query("sms") String sms, @Query("webPushToken") String webPushToken,
      @Query("mobPushToken") String mobPushToken, @Query("messageTag") String messageTag,
      @Query("activityStatus") String activityStatus, @Query("offset") String offset, @Query("maxrows") Integer maxRows);

  /**
   * The activities {@code query} selects, {@code maxRows} (1..25,000) after {@code offset} (null
   * for the first page). Limit: shared <b>200/s</b> (rule {@code default}). For every page,
   * lazily, see {@link EsputnikClient#contactActivity}.
   */
  default Call<List<ContactActivity>> activity(ContactActivityQuery query, String offset, int maxRows) {
    if (maxRows < 1 || maxRows > MAX_ACTIVITY_ROWS) throw new IllegalArgumentException("maxRows not in 1..25000: " + maxRows);
    return activity(query.dateFrom(), query.dateTo(), query.email(), query.sms(), query.webPushToken(),
        query.mobPushToken(), query.messageTag(), query.activityStatus() == null ? null : query.activityStatus().name(),
        offset, maxRows);
  }
}
