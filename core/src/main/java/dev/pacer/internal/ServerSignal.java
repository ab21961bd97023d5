package dev.pacer.internal;

/**
 * What one response's headers say about the rate limit, as read by {@link RateLimitHeaders}.
 * Every time is in milliseconds <em>relative to now</em> on the client (absolute times in the
 * headers were already converted, corrected for the server's clock), never negative, and at most
 * {@link #MAX_DELAY_MILLIS}. A value the headers did not carry, or carried unreadably, is {@link
 * #ABSENT}. Immutable and thread-safe.
 */
public final class ServerSignal {
  /** The value of every field the headers did not state readably. */
  public static final long ABSENT = -1;

  /**
   * The largest delay a signal carries ({@code Long.MAX_VALUE / 4} ms, about 73 million years):
   * enormous header values are clamped to it, so callers can add it to a time without overflow.
   */
  public static final long MAX_DELAY_MILLIS = Long.MAX_VALUE / 4;

  static final ServerSignal EMPTY =
      new ServerSignal(ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, 0, false);

  private final long retryAfterMillis;
  private final long limit;
  private final long remaining;
  private final long rateLimitRemaining;
  private final long resetAfterMillis;
  private final long policyQuota;
  private final long policyWindowMillis;
  private final long serverSkewMillis;
  private final boolean malformed;

  ServerSignal(long retryAfterMillis, long limit, long remaining, long rateLimitRemaining,
      long resetAfterMillis, long policyQuota, long policyWindowMillis, long serverSkewMillis,
      boolean malformed) {
    this.retryAfterMillis = retryAfterMillis;
    this.limit = limit;
    this.remaining = remaining;
    this.rateLimitRemaining = rateLimitRemaining;
    this.resetAfterMillis = resetAfterMillis;
    this.policyQuota = policyQuota;
    this.policyWindowMillis = policyWindowMillis;
    this.serverSkewMillis = serverSkewMillis;
    this.malformed = malformed;
  }

  /**
   * How long {@code Retry-After} asks the client to wait: delta-seconds (fractions rounded up to
   * the millisecond) or an HTTP-date less the server's now, 0 for a date in the past; {@link
   * #ABSENT} if the header is missing, negative or unreadable.
   */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }

  /** The first number of {@code X-RateLimit-Limit}; {@link #ABSENT} if missing, negative or unreadable. */
  public long limit() {
    return limit;
  }

  /**
   * Requests left in the current window: {@code X-RateLimit-Remaining} (a negative count reads as
   * 0), else the {@code r} parameter of the first {@code RateLimit} item; {@link #ABSENT} if
   * neither is readable.
   */
  public long remaining() {
    return remaining;
  }

  /**
   * Time until the window resets: {@code X-RateLimit-Reset} read with the policy's {@link
   * dev.pacer.policy.ResetFormat} (an epoch time in the past is {@link #ABSENT}), else the {@code t}
   * parameter of the first {@code RateLimit} item; {@link #ABSENT} if neither is readable.
   */
  public long resetAfterMillis() {
    return resetAfterMillis;
  }

  /** The {@code q} (quota) of the first {@code RateLimit-Policy} item; {@link #ABSENT} if none. */
  public long policyQuota() {
    return policyQuota;
  }

  /** The {@code w} (window, in seconds) of the first {@code RateLimit-Policy} item, in milliseconds; {@link #ABSENT} if none. */
  public long policyWindowMillis() {
    return policyWindowMillis;
  }

  /**
   * The server's {@code Date} less the client's wall clock when the response was read: positive
   * when the server's clock is ahead. 0 if there was no readable {@code Date}. Second resolution,
   * since {@code Date} has no fractions.
   */
  public long serverSkewMillis() {
    return serverSkewMillis;
  }

  /**
   * True if a rate-limit header ({@code Retry-After}, {@code X-RateLimit-*}, {@code RateLimit},
   * {@code RateLimit-Policy}) was present but could not be read, or only partly; for a debug log.
   * An unreadable {@code Date} does not count: it only turns skew correction off.
   */
  public boolean malformed() {
    return malformed;
  }

  /** True if no rate-limit field is present; {@link #serverSkewMillis} and {@link #malformed} do not count. */
  public boolean isEmpty() {
    return retryAfterMillis == ABSENT
        && limit == ABSENT
        && remaining == ABSENT
        && resetAfterMillis == ABSENT
        && policyQuota == ABSENT
        && policyWindowMillis == ABSENT;
  }

  /**
   * How long the server asks the client to wait before the next request: {@link
   * #retryAfterMillis} when present (it wins over every other header); else {@link
   * #resetAfterMillis} when the window is spent ({@code X-RateLimit-Remaining: 0} or {@code
   * RateLimit} {@code r=0}); else {@link #ABSENT}, which also covers a spent window with no
   * readable reset time.
   */
  public long waitMillis() {
    if (retryAfterMillis != ABSENT) return retryAfterMillis;
    if (remaining == 0 || rateLimitRemaining == 0) return resetAfterMillis;
    return ABSENT;
  }

  @Override public boolean equals(Object other) {
    if (this == other) return true;
    if (!(other instanceof ServerSignal)) return false;
    ServerSignal that = (ServerSignal) other;
    return retryAfterMillis == that.retryAfterMillis
        && limit == that.limit
        && remaining == that.remaining
        && rateLimitRemaining == that.rateLimitRemaining
        && resetAfterMillis == that.resetAfterMillis
        && policyQuota == that.policyQuota
        && policyWindowMillis == that.policyWindowMillis
        && serverSkewMillis == that.serverSkewMillis
        && malformed == that.malformed;
  }

  @Override public int hashCode() {
    long h = retryAfterMillis;
    h = 31 * h + limit;
    h = 31 * h + remaining;
    h = 31 * h + rateLimitRemaining;
    h = 31 * h + resetAfterMillis;
    h = 31 * h + policyQuota;
    h = 31 * h + policyWindowMillis;
    h = 31 * h + serverSkewMillis;
    h = 31 * h + (malformed ? 1 : 0);
    return Long.hashCode(h);
  }

  /** Lists the present fields, e.g. {@code ServerSignal{retryAfter=30000ms, remaining=0}}. */
  @Override public String toString() {
    StringBuilder b = new StringBuilder("ServerSignal{");
    append(b, "retryAfter", retryAfterMillis, "ms");
    append(b, "limit", limit, "");
    append(b, "remaining", remaining, "");
    if (rateLimitRemaining != remaining) append(b, "rateLimitR", rateLimitRemaining, "");
    append(b, "resetAfter", resetAfterMillis, "ms");
    append(b, "policyQuota", policyQuota, "");
    append(b, "policyWindow", policyWindowMillis, "ms");
    if (serverSkewMillis != 0) separate(b).append("serverSkew=").append(serverSkewMillis).append("ms");
    if (malformed) separate(b).append("malformed");
    return b.append('}').toString();
  }

  private static void append(StringBuilder b, String name, long value, String unit) {
    if (value != ABSENT) separate(b).append(name).append('=').append(value).append(unit);
  }

  private static StringBuilder separate(StringBuilder b) {
    return b.charAt(b.length() - 1) == '{' ? b : b.append(", ");
  }
}
