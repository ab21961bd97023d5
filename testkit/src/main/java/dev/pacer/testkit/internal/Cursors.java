package dev.pacer.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors for the canned lists: an offset, base64-encoded. */
final class Cursors {
  private Cursors() {}

  /** The cursor that starts a page at {@code offset}. */
  static String at(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset {@code cursor} points at; 0 for null or a cursor this class did not make. */
  static int offset(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return text.startsWith("offset:") ? Math.max(0, Integer.parseInt(text.substring(7))) : 0;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  /** Query parameter {@code name} of {@code exchange} as an int in [min, max], else {@code fallback}. */
  static int intParam(Exchange exchange, String name, int fallback, int min, int max) {
    String value = exchange.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Math.max(min, Math.min(max, Integer.parseInt(value.trim())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
