package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A message waiting in the outbox ({@code GET /outbox}, and the answers of {@code POST /outbox}
 * and {@code DELETE /outbox/{job_status_id}}): the message itself, with the outbox job's fields
 * beside it in the same JSON object.
 *
 * @param jobStatusId the outbox job's ID, what {@code PUT} and {@code DELETE /outbox/{job_status_id}} take
 * @param status the job's status, e.g. {@code pending} or {@code failed}
 * @param action {@code outbox}
 * @param sendAt when the message is to be sent, as sent: Unix seconds ({@code GET}) or an HTTP
 *     date ({@code POST}); {@link #sendAtInstant()} reads both
 * @param createdAt when the message was put in the outbox (Unix seconds on the wire), or null
 * @param message the message's own fields (its {@code object} is {@code draft})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OutboxMessage(
    String jobStatusId,
    String status,
    String action,
    String sendAt,
    Instant createdAt,
    @JsonUnwrapped Draft message) {

  /**
   * {@link #sendAt()} as an instant, or null when absent.
   *
   * @throws DateTimeException when it is neither Unix seconds nor an HTTP date
   */
  public Instant sendAtInstant() {
    if (sendAt == null) return null;
    if (sendAt.length() > 64) throw new DateTimeException("send_at is not a time: " + sendAt.length() + " characters");
    if (!sendAt.isEmpty() && sendAt.chars().allMatch(Character::isDigit)) {
      // At most 12 digits: seconds up to the year 33658, and never a NumberFormatException.
      if (sendAt.length() > 12) throw new DateTimeException("send_at is out of range: " + sendAt);
      return Instant.ofEpochSecond(Long.parseLong(sendAt));
    }
    return ZonedDateTime.parse(sendAt, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
