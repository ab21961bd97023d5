package dev.pacer.nylas.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.nylas.internal.NylasJson;
import java.util.Objects;

/**
 * One change in an account's transaction log ({@code /delta}, {@code /delta/longpoll},
 * {@code /delta/streaming}).
 *
 * @param cursor the cursor just after this change; resume from it to see only later changes
 * @param event {@code create}, {@code modify} or {@code delete}
 * @param object the changed object's type: {@code message}, {@code thread}, {@code contact}, ...
 * @param id the changed object's ID
 * @param attributes the object's full state after the change (absent for deletions), as raw JSON
 */
public record Delta(String cursor, String event, String object, String id, JsonNode attributes) {

  /**
   * The attributes bound to {@code type}, e.g. {@code delta.attributesAs(Message.class)} when
   * {@link #object()} is {@code message}; null when the delta carries no attributes.
   *
   * @throws IllegalArgumentException when the attributes do not fit {@code type}
   */
  public <T> T attributesAs(Class<T> type) {
    Objects.requireNonNull(type, "type == null");
    if (attributes == null || attributes.isNull() || attributes.isMissingNode()) return null;
    try {
      return NylasJson.MAPPER.treeToValue(attributes, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("delta " + object + " " + id + " does not fit " + type.getSimpleName()
          + ": " + e.getOriginalMessage(), e);
    }
  }
}
