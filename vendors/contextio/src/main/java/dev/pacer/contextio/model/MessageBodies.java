package dev.pacer.contextio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The body parts of a message, read from {@code {"bodies": [...]}} or from a bare array.
 *
 * @param bodies the parts, in the order sent
 */
public record MessageBodies(List<MessageBody> bodies) {

  /** Copies the list, so the value is immutable. */
  public MessageBodies {
    bodies = bodies == null ? List.of() : List.copyOf(bodies);
  }

  /** The first part of MIME type {@code type} (e.g. {@code text/plain}), or null. */
  public MessageBody first(String type) {
    for (MessageBody b : bodies) if (type.equalsIgnoreCase(b.type())) return b;
    return null;
  }

  /** Reads either shape. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MessageBodies from(JsonNode node) {
    if (node == null || node.isNull()) return null;
    JsonNode array = node.isObject() ? node.get("bodies") : node;
    List<MessageBody> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode b : array) {
        out.add(new MessageBody(text(b, "type"), text(b, "charset"), text(b, "content"), text(b, "body_section"),
            b.hasNonNull("size") && b.get("size").canConvertToLong() ? b.get("size").asLong() : null));
      }
    }
    return new MessageBodies(out);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
