package dev.pacer.testkit.internal;

import java.util.List;
import java.util.Objects;

/**
 * A method and path template such as {@code GET /api/v1/messages/email/{id}}: {@code {name}}
 * matches one path segment, method {@code *} any method. Its text is the stable endpoint name
 * used in bucket names. Immutable.
 */
public final class Template {
  private final String text;
  private final String method;
  private final List<String> segments;

  private Template(String text, String method, List<String> segments) {
    this.text = text;
    this.method = method;
    this.segments = segments;
  }

  /** Parses {@code "METHOD /path/{var}"}. */
  public static Template parse(String text) {
    Objects.requireNonNull(text, "text == null");
    int space = text.indexOf(' ');
    if (space < 1 || text.charAt(space + 1) != '/') {
      throw new IllegalArgumentException("not \"METHOD /path\": " + text);
    }
    String path = text.substring(space + 1);
    List<String> parts = path.equals("/") ? List.of() : List.of(path.substring(1).split("/"));
    return new Template(text, text.substring(0, space), parts);
  }

  /** True if {@code exchange}'s method and path fit this template. */
  public boolean matches(Exchange exchange) {
    if (!method.equals("*") && !method.equals(exchange.method())) {
      return false;
    }
    List<String> actual = exchange.segments();
    if (actual.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      boolean variable = expected.startsWith("{") && expected.endsWith("}");
      if (!variable && !expected.equals(actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of variable {@code name} in {@code exchange}'s path, or null. */
  public String variable(Exchange exchange, String name) {
    int index = segments.indexOf("{" + name + "}");
    return index < 0 || index >= exchange.segments().size() ? null : exchange.segments().get(index);
  }

  /** The path part, such as {@code /messages/{id}}. */
  public String path() {
    return text.substring(text.indexOf(' ') + 1);
  }

  /** The template text, such as {@code GET /messages/{id}}. */
  @Override
  public String toString() {
    return text;
  }
}
