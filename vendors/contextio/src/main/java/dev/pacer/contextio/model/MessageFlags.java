package dev.pacer.contextio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The IMAP flags of a message. Read from {@code {"flags": {...}}} or from the flags object
 * itself; the seen flag may be named {@code seen} or {@code read}, and a list of IMAP flag names
 * ({@code ["\\Seen", "\\Answered"]}) is understood too. A flag the server did not mention is null.
 *
 * @param seen {@code \Seen}: the message was read
 * @param answered {@code \Answered}
 * @param flagged {@code \Flagged}
 * @param draft {@code \Draft}
 * @param deleted {@code \Deleted}
 */
public record MessageFlags(Boolean seen, Boolean answered, Boolean flagged, Boolean draft, Boolean deleted) {

  /** Reads any of the shapes described on this type. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MessageFlags from(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isObject() && node.has("flags")) return from(node.get("flags"));
    if (node.isArray()) {
      boolean seen = false;
      boolean answered = false;
      boolean flagged = false;
      boolean draft = false;
      boolean deleted = false;
      for (JsonNode n : node) {
        String name = n.asText().replace("\\", "").toLowerCase(Locale.ROOT);
        seen |= name.equals("seen") || name.equals("read");
        answered |= name.equals("answered");
        flagged |= name.equals("flagged");
        draft |= name.equals("draft");
        deleted |= name.equals("deleted");
      }
      return new MessageFlags(seen, answered, flagged, draft, deleted);
    }
    if (!node.isObject()) return null;
    Boolean seen = flag(node, "seen");
    if (seen == null) seen = flag(node, "read");
    return new MessageFlags(seen, flag(node, "answered"), flag(node, "flagged"), flag(node, "draft"), flag(node, "deleted"));
  }

  private static Boolean flag(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) return null;
    if (v.isBoolean()) return v.booleanValue();
    if (v.isNumber()) return v.intValue() != 0;
    String s = v.asText().trim();
    return s.equals("1") || s.equalsIgnoreCase("true");
  }
}
