package dev.pacer.vendor.support;

import dev.pacer.policy.Endpoint;
import dev.pacer.vendor.support.internal.ErrorBodies;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Request;

/**
 * A vendor answered with a status outside 2xx. Carries the status, the raw error body (at most
 * {@value #MAX_ERROR_BODY} bytes of it), the vendor's parsed error (null when the body was not in
 * the vendor's format), and the rate-limit facts of the response's headers.
 *
 * <p>The message reads {@code "<METHOD> <template>: HTTP <status> <vendor message>"}, e.g. {@code
 * GET /api/v1/contact/{id}: HTTP 404 Contact not found}; a request without a template reads
 * {@code GET (unmatched)}, never its raw path. Neither the message nor any accessor holds request
 * headers, so credentials never appear in it.
 */
public class ApiException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The most bytes of an error body kept, 64 KiB. */
  public static final int MAX_ERROR_BODY = 64 * 1024;

  private static final int MAX_VENDOR_MESSAGE = 300;

  private final String endpoint;
  private final int status;
  private final String errorBody;
  private final transient Object error;
  private final RateLimitFacts rateLimit;

  /**
   * Creates the exception.
   *
   * @param endpoint the endpoint called, as {@code METHOD /path/template}
   * @param status the HTTP status
   * @param errorBody the raw error body, possibly truncated; null reads as empty
   * @param error the vendor's parsed error, or null
   * @param vendorMessage a short message from the vendor's error, or null
   * @param rateLimit the rate-limit facts of the response; null reads as {@link RateLimitFacts#NONE}
   */
  public ApiException(String endpoint, int status, String errorBody, Object error, String vendorMessage,
      RateLimitFacts rateLimit) {
    super(message(endpoint, status, vendorMessage));
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    this.status = status;
    this.errorBody = errorBody == null ? "" : errorBody;
    this.error = error;
    this.rateLimit = rateLimit == null ? RateLimitFacts.NONE : rateLimit;
  }

  /**
   * The exception for the unsuccessful Retrofit {@code response}, reading its error body (at most
   * {@value #MAX_ERROR_BODY} bytes) with {@code parser}. Consumes and closes the error body.
   */
  public static ApiException from(retrofit2.Response<?> response, ErrorBodyParser<?> parser) {
    Objects.requireNonNull(response, "response == null");
    Objects.requireNonNull(parser, "parser == null");
    okhttp3.Response raw = response.raw();
    String body = ErrorBodies.read(response.errorBody(), MAX_ERROR_BODY);
    return from(raw.request(), response.code(), body, raw.headers(), raw.receivedResponseAtMillis(), parser);
  }

  /**
   * The exception for a response with {@code status}, {@code body} and {@code headers} to {@code
   * request}, parsed by {@code parser}.
   */
  public static ApiException from(Request request, int status, String body, okhttp3.Headers headers,
      long receivedAtMillis, ErrorBodyParser<?> parser) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(parser, "parser == null");
    String text = body == null ? "" : body;
    Object error;
    String vendorMessage;
    try {
      error = parser.parse(status, text);
      vendorMessage = error == null ? null : messageOf(parser, error);
    } catch (RuntimeException e) {
      // A parser must not throw; if one does, the raw body is still there.
      error = null;
      vendorMessage = null;
    }
    if (vendorMessage == null && error == null) vendorMessage = plainMessage(text);
    return new ApiException(endpointOf(request), status, text, error, vendorMessage,
        RateLimitFacts.from(headers, receivedAtMillis));
  }

  @SuppressWarnings("unchecked")
  private static <E> String messageOf(ErrorBodyParser<E> parser, Object error) {
    return parser.message((E) error);
  }

  /**
   * The endpoint label of {@code request}: its {@link Endpoint} tag, else {@code "<METHOD>
   * (unmatched)"}. Never the raw path, which can hold ids or tokens.
   */
  static String endpointOf(Request request) {
    Endpoint tag = request.tag(Endpoint.class);
    return tag != null ? tag.toString() : request.method() + " (unmatched)";
  }

  /** The endpoint called, as {@code METHOD /path/template}. */
  public String endpoint() {
    return endpoint;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The raw error body as sent, at most {@value #MAX_ERROR_BODY} bytes of it; empty if none. */
  public String errorBody() {
    return errorBody;
  }

  /** The vendor's parsed error, or null when the body was not in the vendor's format. */
  public Object error() {
    return error;
  }

  /** The vendor's parsed error if it is a {@code type}, else null. */
  public <E> E error(Class<E> type) {
    Objects.requireNonNull(type, "type == null");
    return type.isInstance(error) ? type.cast(error) : null;
  }

  /** The rate-limit facts of the response's headers; never null. */
  public RateLimitFacts rateLimit() {
    return rateLimit;
  }

  /** True for 429 Too Many Requests. */
  public boolean isRateLimited() {
    return status == 429;
  }

  private static String message(String endpoint, int status, String vendorMessage) {
    StringBuilder b = new StringBuilder().append(endpoint).append(": HTTP ").append(status);
    String m = clean(vendorMessage);
    if (m != null) b.append(' ').append(m);
    return b.toString();
  }

  private static String plainMessage(String body) {
    String t = body.trim();
    if (t.isEmpty() || t.startsWith("<")) return null; // empty, or an HTML error page
    return t;
  }

  private static String clean(String s) {
    if (s == null) return null;
    String oneLine = s.replaceAll("\\s+", " ").trim();
    if (oneLine.isEmpty()) return null;
    return oneLine.length() <= MAX_VENDOR_MESSAGE ? oneLine : oneLine.substring(0, MAX_VENDOR_MESSAGE) + "…";
  }
}
