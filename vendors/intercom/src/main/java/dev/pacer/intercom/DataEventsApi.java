package dev.pacer.intercom;

import dev.pacer.intercom.model.DataEvent;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.DataEventSummary;
import dev.pacer.intercom.model.EventSummariesRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Intercom's data events (what contacts did), typed after API version 2.16. Listing names the
 * contact by your user id, Intercom's id or email; only events less than 90 days old are listed.
 * Get one from {@link IntercomClient#dataEvents()}.
 */
public interface DataEventsApi {

  /** Submits an event; Intercom answers {@code 202 Accepted} with no body. */
  @POST("events")
  Call<Void> submit(@Body DataEvent event);

  /** The events of the contact with your user id {@code userId}; {@code perPage} may be null. */
  @GET("events?type=user")
  Call<IntercomList<DataEvent>> listByUserId(@Query("user_id") String userId, @Query("per_page") Integer perPage);

  /** The events of the contact with Intercom id {@code intercomUserId}; works for leads too. */
  @GET("events?type=user")
  Call<IntercomList<DataEvent>> listByIntercomUserId(
      @Query("intercom_user_id") String intercomUserId, @Query("per_page") Integer perPage);

  /** The events of the contact with email {@code email}. */
  @GET("events?type=user")
  Call<IntercomList<DataEvent>> listByEmail(@Query("email") String email, @Query("per_page") Integer perPage);

  /** Per-event counts for the contact with your user id {@code userId}. */
  @GET("events?type=user&summary=true")
  Call<DataEventSummary> summaryByUserId(@Query("user_id") String userId);

  /** Per-event counts for the contact with Intercom id {@code intercomUserId}. */
  @GET("events?type=user&summary=true")
  Call<DataEventSummary> summaryByIntercomUserId(@Query("intercom_user_id") String intercomUserId);

  /** Per-event counts for the contact with email {@code email}. */
  @GET("events?type=user&summary=true")
  Call<DataEventSummary> summaryByEmail(@Query("email") String email);

  /** Submits counts of an event for one user instead of each event; Intercom answers 200 with no body. */
  @POST("events/summaries")
  Call<Void> submitSummaries(@Body EventSummariesRequest request);
}
