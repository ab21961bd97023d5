package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
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
public record Message(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("subject") String subject,
    @JsonProperty("body") String body,
    @JsonProperty("message_type") String messageType,
    @JsonProperty("conversation_id") String conversationId) {
  @Override
  public String toString() {
    return "Message{id=" + id + ", conversationId=" + conversationId + "}";
  }
}
