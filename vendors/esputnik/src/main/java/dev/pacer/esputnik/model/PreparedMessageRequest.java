package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/message/{id}/smartsend}: who gets a prepared message.
 *
 * @param recipients the recipients; required
 * @param email true for an email message, false for other channels
 * @param fromName the sender name (for email: the name only; the address is the message's)
 */
public record PreparedMessageRequest(List<Recipient> recipients, Boolean email, String fromName) {

  /** Checks and copies the recipients. */
  public PreparedMessageRequest {
    Objects.requireNonNull(recipients, "recipients == null");
    if (recipients.isEmpty()) throw new IllegalArgumentException("recipients is empty");
    recipients = Copies.listOrNull(recipients);
  }

  /** An email message to {@code recipients}. */
  public static PreparedMessageRequest email(Recipient... recipients) {
    return new PreparedMessageRequest(List.of(recipients), true, null);
  }

  /** A message on another channel (SMS, push, Viber, Telegram) to {@code recipients}. */
  public static PreparedMessageRequest nonEmail(Recipient... recipients) {
    return new PreparedMessageRequest(List.of(recipients), false, null);
  }
}
