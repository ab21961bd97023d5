package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The message {@code POST /conversations} creates; {@link #conversationId()} names the new
 * conversation. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Message {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("subject") private String subject;
  @JsonProperty("body") private String body;
  @JsonProperty("message_type") private String messageType;
  @JsonProperty("conversation_id") private String conversationId;

  private Message() {}

  /** The object type, e.g. {@code user_message}. */
  public String type() {
    return type;
  }

  /** The message's id. */
  public String id() {
    return id;
  }

  /** When it was created (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** The subject, or null. */
  public String subject() {
    return subject;
  }

  /** The body. */
  public String body() {
    return body;
  }

  /** {@code inapp}, {@code email}, {@code facebook} or {@code twitter}. */
  public String messageType() {
    return messageType;
  }

  /** The id of the conversation the message started. */
  public String conversationId() {
    return conversationId;
  }

  @Override
  public String toString() {
    return "Message{id=" + id + ", conversationId=" + conversationId + "}";
  }
}
