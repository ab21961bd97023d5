package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/redact}: redacts one conversation part, or the source
 * message that started the conversation. Immutable.
 *
 * @param type {@code conversation_part} or {@code source}
 * @param conversationId the conversation's id
 * @param conversationPartId the part to redact, or null when redacting the source
 * @param sourceId the source to redact, or null when redacting a part
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RedactRequest(String type, String conversationId, String conversationPartId, String sourceId) {
  public RedactRequest {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(conversationId, "conversationId == null");
  }

  /** Redacts the part {@code partId} of the conversation {@code conversationId}. */
  public static RedactRequest part(String conversationId, String partId) {
    return new RedactRequest("conversation_part", conversationId, Objects.requireNonNull(partId, "partId == null"), null);
  }

  /** Redacts the source message {@code sourceId} of the conversation {@code conversationId}. */
  public static RedactRequest source(String conversationId, String sourceId) {
    return new RedactRequest("source", conversationId, null, Objects.requireNonNull(sourceId, "sourceId == null"));
  }
}
