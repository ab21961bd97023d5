package dev.pacer.intercom;

import dev.pacer.intercom.model.Company;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.ContactArchived;
import dev.pacer.intercom.model.ContactDeleted;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ContactRequest;
import dev.pacer.intercom.model.IdRequest;
import dev.pacer.intercom.model.MergeContactsRequest;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Segment;
import dev.pacer.intercom.model.SubscriptionRequest;
import dev.pacer.intercom.model.SubscriptionType;
import dev.pacer.intercom.model.Tag;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Intercom's contacts (users and leads), typed after API version 2.16. Get one from {@link
 * IntercomClient#contacts()}; every call is paced by the client's policy. Each method returns a
 * Retrofit {@link Call}: {@code execute()} it, {@code enqueue()} it, or hand it to {@link
 * IntercomClient#execute} / {@link IntercomClient#async} for typed errors.
 */
public interface ContactsApi {

  /**
   * One page of all contacts. {@code perPage} (default 50, at most 150) and {@code startingAfter}
   * (the previous page's {@link IntercomList#nextStartingAfter()}) may be null. To walk every page,
   * use {@link IntercomClient#allContacts(int)}.
   */
  @GET("contacts")
  Call<IntercomList<Contact>> list(@Query("per_page") Integer perPage, @Query("starting_after") String startingAfter);

  /** Creates a contact; {@code request} needs an email, an external id or a role. */
  @POST("contacts")
  Call<Contact> create(@Body ContactRequest request);

  /** The contact with Intercom id {@code contactId}. */
  @GET("contacts/{contact_id}")
  Call<Contact> get(@Path("contact_id") String contactId);

  /** The contact with your external id {@code externalId}. */
  @GET("contacts/find_by_external_id/{external_id}")
  Call<Contact> findByExternalId(@Path("external_id") String externalId);

  /** Changes the fields set in {@code request} of the contact {@code contactId}. */
  @PUT("contacts/{contact_id}")
  Call<Contact> update(@Path("contact_id") String contactId, @Body ContactRequest request);

  /** Deletes the contact {@code contactId}. */
  @DELETE("contacts/{contact_id}")
  Call<ContactDeleted> delete(@Path("contact_id") String contactId);

  /** Archives the contact {@code contactId}. */
  @POST("contacts/{contact_id}/archive")
  Call<ContactArchived> archive(@Path("contact_id") String contactId);

  /** Unarchives the contact {@code contactId}. */
  @POST("contacts/{contact_id}/unarchive")
  Call<ContactArchived> unarchive(@Path("contact_id") String contactId);

  /**
   * Searches contacts; page with {@link SearchRequest#withPage(int, String)} and {@link
   * IntercomList#nextStartingAfter()}.
   */
  @POST("contacts/search")
  Call<IntercomList<Contact>> search(@Body SearchRequest request);

  /** The tags applied to the contact {@code contactId}. */
  @GET("contacts/{contact_id}/tags")
  Call<IntercomList<Tag>> tags(@Path("contact_id") String contactId);

  /** Applies the tag named in {@code tag} to the contact {@code contactId}. */
  @POST("contacts/{contact_id}/tags")
  Call<Tag> attachTag(@Path("contact_id") String contactId, @Body IdRequest tag);

  /** Removes the tag {@code tagId} from the contact {@code contactId}. */
  @DELETE("contacts/{contact_id}/tags/{tag_id}")
  Call<Tag> detachTag(@Path("contact_id") String contactId, @Path("tag_id") String tagId);

  /** Attaches the contact {@code contactId} to the company named (by Intercom id) in {@code company}. */
  @POST("contacts/{contact_id}/companies")
  Call<Company> attachCompany(@Path("contact_id") String contactId, @Body IdRequest company);

  /** Detaches the contact {@code contactId} from the company {@code companyId}. */
  @DELETE("contacts/{contact_id}/companies/{company_id}")
  Call<Company> detachCompany(@Path("contact_id") String contactId, @Path("company_id") String companyId);

  /**
   * Merges a lead into a user and answers the user; {@code includeMergeHistory} true asks for the
   * merge history in the answer (not typed), null or false leaves it out.
   */
  @POST("contacts/merge")
  Call<Contact> merge(@Body MergeContactsRequest request, @Query("include_merge_history") Boolean includeMergeHistory);

  /**
   * The companies the contact {@code contactId} is attached to. Intercom names the items {@code
   * companies} in its schema and {@code data} in its example; both are read.
   */
  @GET("contacts/{contact_id}/companies")
  Call<IntercomList<Company>> companies(@Path("contact_id") String contactId);

  /** The subscription types the contact {@code contactId} has opted in to or out of. */
  @GET("contacts/{contact_id}/subscriptions")
  Call<IntercomList<SubscriptionType>> subscriptions(@Path("contact_id") String contactId);

  /** Opts the contact {@code contactId} in to, or out of, a subscription type. */
  @POST("contacts/{contact_id}/subscriptions")
  Call<SubscriptionType> attachSubscription(@Path("contact_id") String contactId, @Body SubscriptionRequest request);

  /** Removes the subscription type {@code subscriptionId} from the contact {@code contactId}. */
  @DELETE("contacts/{contact_id}/subscriptions/{subscription_id}")
  Call<SubscriptionType> detachSubscription(
      @Path("contact_id") String contactId, @Path("subscription_id") String subscriptionId);

  /** The segments the contact {@code contactId} is in. */
  @GET("contacts/{contact_id}/segments")
  Call<IntercomList<Segment>> segments(@Path("contact_id") String contactId);
}
