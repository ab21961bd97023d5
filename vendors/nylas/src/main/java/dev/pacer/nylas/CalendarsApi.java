package dev.pacer.nylas;

import dev.pacer.nylas.model.Availability;
import dev.pacer.nylas.model.AvailabilityRequest;
import dev.pacer.nylas.model.Calendar;
import dev.pacer.nylas.model.CalendarInput;
import dev.pacer.nylas.model.ConsecutiveAvailabilityRequest;
import dev.pacer.nylas.model.ConsecutiveSlot;
import dev.pacer.nylas.model.FreeBusy;
import dev.pacer.nylas.model.FreeBusyRequest;
import dev.pacer.nylas.model.JobStatusRef;
import dev.pacer.nylas.model.RoomResource;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * An account's calendars ({@code /calendars}), free/busy and availability look-ups, and the
 * organisation's rooms ({@code /resources}). Get one from
 * {@link NylasAccount#calendars()}. Changes reach the provider in the background: their answers
 * carry a job ID to follow with {@code GET /job-statuses/{id}}.
 */
public interface CalendarsApi {
  /** {@code GET /calendars}: one page of calendars; {@code limit} and {@code offset} may be null. */
  @GET("calendars")
  Call<List<Calendar>> list(@Query("limit") Integer limit, @Query("offset") Integer offset);

  /** {@code GET /calendars}: the first page of calendars (Nylas' default size, 100). */
  default Call<List<Calendar>> list() {
    return list(null, null);
  }

  /** {@code GET /calendars/{id}}: one calendar. */
  @GET("calendars/{id}")
  Call<Calendar> get(@Path("id") String id);

  /** {@code POST /calendars}: creates a calendar (its name is required). */
  @POST("calendars")
  Call<Calendar> create(@Body CalendarInput calendar);

  /** {@code PUT /calendars/{id}}: changes the fields set in {@code calendar}. */
  @PUT("calendars/{id}")
  Call<Calendar> update(@Path("id") String id, @Body CalendarInput calendar);

  /** {@code DELETE /calendars/{id}}: deletes a calendar; the answer names the background job. */
  @DELETE("calendars/{id}")
  Call<JobStatusRef> delete(@Path("id") String id);

  /** {@code POST /calendars/free-busy}: the busy times of an address in a window. */
  @POST("calendars/free-busy")
  Call<List<FreeBusy>> freeBusy(@Body FreeBusyRequest request);

  /** {@code POST /calendars/availability}: when the participants can all meet once. */
  @POST("calendars/availability")
  Call<Availability> availability(@Body AvailabilityRequest request);

  /**
   * {@code POST /calendars/availability/consecutive}: itineraries of back-to-back meetings, each
   * a list of meetings.
   */
  @POST("calendars/availability/consecutive")
  Call<List<List<ConsecutiveSlot>>> consecutiveAvailability(@Body ConsecutiveAvailabilityRequest request);

  /**
   * {@code GET /resources}: the organisation's bookable rooms and resources; {@code limit} may be
   * null (Nylas' default 100).
   */
  @GET("resources")
  Call<List<RoomResource>> roomResources(@Query("limit") Integer limit);
}
