package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The message {@code POST /conversations} creates; {@link #conversationId()} names the new
 * conversation. Read-only.
 *
 * @param type the object type, e.g. {@code user_message}
 * @param id the message's id
 * @param createdAt when it was created (Unix seconds on the wire)
 * @param subject the subject, or null
 * @param body the body
 * @param messageType {@code inapp}, {@code email}, {@code facebook} or {@code twitter}
 * @param conversationId the id of the conversation the message started
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(
    String type,
    String id,
    @UnixSeconds Instant createdAt,
    String subject,
    String body,
    String messageType,
    String conversationId) {
  @Override
  public String toString() {
    return "Message{id=" + id + ", conversationId=" + conversationId + "}";
  }
}
