package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /outbox}: a message to send later, with the fields the reference
 * documents for it (recipients required). Fields left null are not sent.
 *
 * @param subject the subject, or null
 * @param sendAt when to send, Unix seconds, or null
 * @param to the recipients; at least one
 * @param from the senders, or null (the account's address)
 * @param body the HTML body, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OutboxInput(String subject, Long sendAt, List<Participant> to, List<Participant> from, String body) {
  /**
   * @throws IllegalArgumentException when {@code to} is empty
   */
  public OutboxInput {
    to = Copies.listOrNull(Objects.requireNonNull(to, "to == null"));
    if (to.isEmpty()) throw new IllegalArgumentException("to is empty");
    from = Copies.listOrNull(from);
  }

  /** {@code subject} and {@code body} to {@code to}, sent at {@code sendAt}. */
  public static OutboxInput of(List<Participant> to, String subject, String body, Instant sendAt) {
    return new OutboxInput(subject, Objects.requireNonNull(sendAt, "sendAt == null").getEpochSecond(), to, null, body);
  }
}
