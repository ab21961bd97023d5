package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The body of {@code PUT /outbox/{job_status_id}}: the new time to send.
 *
 * @param sendAt when to send, Unix seconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OutboxSchedule(long sendAt) {
  /** Send at {@code sendAt}. */
  public static OutboxSchedule at(Instant sendAt) {
    return new OutboxSchedule(sendAt.getEpochSecond());
  }
}
