package dev.pacer.contextio;

import java.util.Map;
import java.util.StringJoiner;

/** Prints form fields with credentials hidden. */
final class Secrets {
  private Secrets() {}

  static boolean isSecret(String field) {
    return field.equals("password") || field.startsWith("provider_");
  }

  static String redacted(Map<String, String> fields) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    for (Map.Entry<String, String> e : fields.entrySet()) {
      j.add(e.getKey() + "=" + (isSecret(e.getKey()) ? "██" : e.getValue()));
    }
    return j.toString();
  }
}
