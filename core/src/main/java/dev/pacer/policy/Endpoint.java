package dev.pacer.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * Names the endpoint a request belongs to, as a request tag, so that Pacer charges the request
 * to the rules declared for {@code method + template} without matching the URL path. Typed
 * clients tag every request this way; callers of plain OkHttp may too:
 *
 * <pre>{@code
 * Request request = new Request.Builder()
 *     .url(url)
 *     .tag(Endpoint.class, Endpoint.of("GET", "/api/v1/messages/email/{id}"))
 *     .build();
 * }</pre>
 *
 * <p>Path variables are still read from the URL (by matching it against the template) when a
 * rule's scope needs them. Immutable.
 *
 * @param method the HTTP method in upper case, e.g. {@code GET}
 * @param template the path template, starting with {@code /}, e.g. {@code /api/v1/contacts}
 */
public record Endpoint(String method, String template) {

  public Endpoint {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(template, "template == null");
    method = method.toUpperCase(Locale.ROOT);
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("template must start with '/': " + template);
    }
  }

  /** An endpoint tag for {@code method} and {@code template}. */
  public static Endpoint of(String method, String template) {
    return new Endpoint(method, template);
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
