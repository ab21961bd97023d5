package dev.pacer.vendor.support;

import java.time.Duration;
import java.util.Date;
import java.util.Objects;
import okhttp3.Headers;

/**
 * What a response's headers said about the rate limit, as the server sent it. Any component may
 * be null when the server did not send it or sent something unreadable. Immutable.
 *
 * @param limit the request quota of the current window ({@code X-RateLimit-Limit} or {@code RateLimit-Limit})
 * @param remaining what is left of it ({@code X-RateLimit-Remaining} or {@code RateLimit-Remaining})
 * @param reset the reset value exactly as sent ({@code X-RateLimit-Reset} or {@code RateLimit-Reset});
 *     vendors disagree on whether it is seconds until reset or an epoch time, so it is not interpreted here
 * @param retryAfter how long the server asked the client to wait ({@code Retry-After} as delta-seconds, or an
 *     HTTP-date measured from the response's {@code Date} header)
 */
public record RateLimitFacts(Long limit, Long remaining, String reset, Duration retryAfter) {
  /** Facts of a response that carried no rate-limit headers. */
  public static final RateLimitFacts NONE = new RateLimitFacts(null, null, null, null);

  /**
   * Reads the facts from response {@code headers}. {@code receivedAtMillis} is the wall time the
   * response arrived, used for an HTTP-date {@code Retry-After} when the response has no {@code
   * Date} header.
   */
  public static RateLimitFacts from(Headers headers, long receivedAtMillis) {
    Objects.requireNonNull(headers, "headers == null");
    Long limit = number(first(headers, "X-RateLimit-Limit", "RateLimit-Limit"));
    Long remaining = number(first(headers, "X-RateLimit-Remaining", "RateLimit-Remaining"));
    String reset = first(headers, "X-RateLimit-Reset", "RateLimit-Reset");
    Duration retryAfter = retryAfter(headers, receivedAtMillis);
    if (limit == null && remaining == null && reset == null && retryAfter == null) return NONE;
    return new RateLimitFacts(limit, remaining, reset, retryAfter);
  }

  /** True when the response carried none of the headers. */
  public boolean isEmpty() {
    return limit == null && remaining == null && reset == null && retryAfter == null;
  }

  private static String first(Headers headers, String a, String b) {
    String v = headers.get(a);
    if (v == null) v = headers.get(b);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static Long number(String s) {
    if (s == null) return null;
    // IETF RateLimit fields may carry parameters after ';' (e.g. "100;w=60").
    int semi = s.indexOf(';');
    String digits = (semi >= 0 ? s.substring(0, semi) : s).trim();
    try {
      long v = Long.parseLong(digits);
      return v < 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration retryAfter(Headers headers, long receivedAtMillis) {
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) return null;
    Long seconds = number(value);
    if (seconds != null) return Duration.ofSeconds(seconds);
    Date at = headers.getDate("Retry-After");
    if (at == null) return null;
    Date serverNow = headers.getDate("Date");
    long now = serverNow != null ? serverNow.getTime() : receivedAtMillis;
    return Duration.ofMillis(Math.max(0, at.getTime() - now));
  }
}
