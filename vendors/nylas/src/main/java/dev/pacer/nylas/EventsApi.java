package dev.pacer.nylas;

import dev.pacer.nylas.model.Event;
import dev.pacer.nylas.model.EventFilter;
import dev.pacer.nylas.model.EventInput;
import dev.pacer.nylas.model.RsvpRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * An account's calendar events ({@code /events}) and invitation answers ({@code /send-rsvp}). Get
 * one from {@link NylasAccount#events()}. {@code notifyParticipants} (null: Nylas' default, no
 * notice) asks Nylas to email the participants about the change.
 *
 * <p>Creating an event or answering an invitation is a {@code POST} and is not resent after a
 * network error or a 5xx.
 */
public interface EventsApi {
  /** {@code GET /events} with raw query parameters. */
  @GET("events")
  Call<List<Event>> list(@QueryMap Map<String, String> query);

  /** {@code GET /events}: one page of events matching {@code filter}. */
  default Call<List<Event>> list(EventFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /events/{id}}: one event. */
  @GET("events/{id}")
  Call<Event> get(@Path("id") String id);

  /** {@code POST /events}: creates an event. */
  @POST("events")
  Call<Event> create(@Body EventInput event, @Query("notify_participants") Boolean notifyParticipants);

  /** {@code POST /events} without notifying the participants. */
  default Call<Event> create(EventInput event) {
    return create(event, null);
  }

  /** {@code PUT /events/{id}}: changes the fields set in {@code event}. */
  @PUT("events/{id}")
  Call<Event> update(@Path("id") String id, @Body EventInput event,
      @Query("notify_participants") Boolean notifyParticipants);

  /** {@code PUT /events/{id}} without notifying the participants. */
  default Call<Event> update(String id, EventInput event) {
    return update(id, event, null);
  }

  /** {@code DELETE /events/{id}}: deletes (cancels) an event. */
  @DELETE("events/{id}")
  Call<Void> delete(@Path("id") String id, @Query("notify_participants") Boolean notifyParticipants);

  /** {@code DELETE /events/{id}} without notifying the participants. */
  default Call<Void> delete(String id) {
    return delete(id, null);
  }

  /** {@code POST /send-rsvp}: answers an invitation the account received. */
  @POST("send-rsvp")
  Call<Event> sendRsvp(@Body RsvpRequest rsvp);
}
