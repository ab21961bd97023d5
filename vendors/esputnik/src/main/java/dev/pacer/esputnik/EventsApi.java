package dev.pacer.esputnik;

import dev.pacer.esputnik.model.EventV1;
import dev.pacer.esputnik.model.EventV2;
import dev.pacer.esputnik.model.EventsMigrationResults;
import dev.pacer.esputnik.model.PastEventsV1;
import dev.pacer.esputnik.model.PastEventsV2;
import dev.pacer.esputnik.model.Period;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HTTP;
import retrofit2.http.POST;

/**
 * eSputnik's event methods. Get one from {@link EsputnikClient#events()}. The {@code ...Async}
 * variants return futures that fail with {@link dev.pacer.vendor.support.ApiException}; no
 * thread waits while Pacer holds them back.
 */
public interface EventsApi {
  /** Generates an event (v1, deprecated by eSputnik; text parameters). Limit: <b>350/s</b> (rule {@code event-v1}). */
  @POST("v1/event")
  Call<Void> eventV1(@Body EventV1 event);

  /** {@link #eventV1} as a future. Limit: <b>350/s</b> (rule {@code event-v1}). */
  @POST("v1/event")
  CompletableFuture<Void> eventV1Async(@Body EventV1 event);

  /** Generates an event (v2; parameter values may be JSON). Limit: <b>350/s</b> (rule {@code event-v2}). */
  @POST("v2/event")
  Call<Void> eventV2(@Body EventV2 event);

  /** {@link #eventV2} as a future. Limit: <b>350/s</b> (rule {@code event-v2}). */
  @POST("v2/event")
  CompletableFuture<Void> eventV2Async(@Body EventV2 event);

  /**
   * Imports up to 500 past events (v1); workflows do not start. Limit: <b>100/s</b> (rule
   * {@code past-events-v1}).
   */
  @POST("v1/past_events")
  Call<EventsMigrationResults> pastEventsV1(@Body PastEventsV1 events);

  /**
   * Imports up to 500 past events (v2, JSON parameter values); workflows do not start. Limit:
   * <b>100/s</b> (rule {@code past-events-v2}).
   */
  @POST("v2/past_events")
  Call<EventsMigrationResults> pastEventsV2(@Body PastEventsV2 events);

  /**
   * Deletes the events that occurred in {@code period} (a DELETE with a JSON body). Limit:
   * <b>5/s</b> (rule {@code delete-past-events}).
   */
  @HTTP(method = "DELETE", path = "v1/past_events", hasBody = true)
  Call<Void> deletePastEvents(@Body Period period);
}
