package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of {@code POST /events/summaries}: counts of an event for one user, sent instead of
 * each event. The spec describes {@code event_summaries} as "a list" but types it as a single
 * object; this type sends the object as the schema says. Immutable.
 *
 * @param userId your id of the user
 * @param eventSummaries the event's name, count and first and last times
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventSummariesRequest(String userId, Summary eventSummaries) {
  public EventSummariesRequest {
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(eventSummaries, "eventSummaries == null");
  }

  /**
   * How often one event happened.
   *
   * @param eventName the event's name, e.g. {@code invited-friend}
   * @param count how many times it happened
   * @param first when it first happened (Unix seconds on the wire)
   * @param last when it last happened (Unix seconds on the wire)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Summary(String eventName, Integer count, @UnixSeconds Instant first, @UnixSeconds Instant last) {
    public Summary {
      Objects.requireNonNull(eventName, "eventName == null");
    }
  }
}
