package dev.pacer.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import okhttp3.Headers;

/**
 * Hostile rate-limit answers from a seed: a status and the headers a broken or malicious server
 * might send — {@code Retry-After} (huge, negative, fractional, far-past and far-future HTTP
 * dates, garbage, repeated), {@code X-RateLimit-Limit/Remaining/Reset} in every reset format,
 * {@code RateLimit}/{@code RateLimit-Policy} structured fields (well formed and malformed), and
 * {@code Date}. The same seed always gives the same answers. Shared by the header fuzz tests and
 * the bench-mode fuzz run.
 */
public final class HostileHeaders {
  /** Statuses a throttling server answers with, plus a success and plain failures. */
  private static final int[] STATUSES = {429, 429, 429, 503, 503, 408, 200, 200, 500, 502};
  private static final String[] NUMBERS = {
      "0", "1", "-1", "00", "0.0", "0.5", "1.5", "-0.5", "+5", "2147483647", "2147483648",
      "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
      "99999999999999999999999999999999999999", "1e9", "1E400", "1e-400", "NaN", "Infinity",
      "-Infinity", "0x10", "5 ", " 5", "5,6", "5;6", "1_000", "١٢", "", " ", "\t", ".", "-", "+"};
  private static final String[] DATES = {
      "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
      "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 GMT",
      "Tue, 31 Feb 2026 25:61:61 GMT", "Wed, 02 Dec 2026 23:59:59 PST", "02 Dec 2026 10:00:00 GMT",
      "Thu, 03 Dec 2026 10:00:00 GMT", "Thu, 03 Dec 2026 10:00:00", "Thursday, 03-Dec-26 10:00:00 GMT",
      "Thu Dec  3 10:00:00 2026", "Thu, 03 Dec +999999999 10:00:00 GMT", "Thu, 03 Dec -2026 10:00:00 GMT"};
  private static final String[] STRUCTURED = {
      "\"default\";r=5;t=10", "\"default\";q=100;w=60", "r=5;t=10", "q=100;w=60", "limit=100, remaining=5, reset=10",
      "\"a\";r=0;t=0", "\"a\";r=-1;t=-1", "\"a\";r=1.5;t=1.5", "\"a\";r=99999999999999999999;t=99999999999999999999",
      "\"a\";r=;t=", "\"a\";;;", ";", ";;r", "\"unclosed;r=1", "\"a\";r=\"5\"", "\"a\";r=?1", "\"a\";r=5;r=6",
      "\"a\";t=10, \"b\";r=0;t=99", "(\"a\" \"b\");r=1", "\"a\";q=0;w=0", "\"a\";q=10;w=-5", "a=b=c", "\\\"",
      "\"a\"\t;\tr=1", "*;r=1", "\"a\";R=1;T=2", "\"a\";r=1e3", "\"" + "x".repeat(300) + "\";r=1"};
  private static final DateTimeFormatter IMF =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private HostileHeaders() {
  }

  /** One hostile answer: its status and headers. */
  public record Answer(int status, Headers headers) {
  }

  /** The next hostile answer from {@code rnd}; {@code nowMillis} anchors the plausible dates and epochs. */
  public static Answer next(SplittableRandom rnd, long nowMillis) {
    int status = STATUSES[rnd.nextInt(STATUSES.length)];
    Headers.Builder h = new Headers.Builder();
    if (rnd.nextInt(4) != 0) repeat(rnd, h, "Retry-After", () -> retryAfter(rnd, nowMillis));
    if (rnd.nextBoolean()) repeat(rnd, h, "X-RateLimit-Limit", () -> count(rnd));
    if (rnd.nextBoolean()) repeat(rnd, h, "X-RateLimit-Remaining", () -> count(rnd));
    if (rnd.nextBoolean()) repeat(rnd, h, "X-RateLimit-Reset", () -> reset(rnd, nowMillis));
    if (rnd.nextInt(3) == 0) repeat(rnd, h, "RateLimit", () -> structured(rnd));
    if (rnd.nextInt(3) == 0) repeat(rnd, h, "RateLimit-Policy", () -> structured(rnd));
    if (rnd.nextInt(3) == 0) repeat(rnd, h, "Date", () -> date(rnd, nowMillis));
    return new Answer(status, h.build());
  }

  private static void repeat(SplittableRandom rnd, Headers.Builder h, String name, java.util.function.Supplier<String> value) {
    int times = rnd.nextInt(8) == 0 ? 2 + rnd.nextInt(3) : 1;
    for (int i = 0; i < times; i++) {
      String v = value.get();
      // Casing as servers vary it; values as they arrive on the wire (OkHttp reads them leniently).
      h.addUnsafeNonAscii(rnd.nextInt(5) == 0 ? name.toLowerCase(Locale.ROOT) : name, v);
    }
  }

  private static String retryAfter(SplittableRandom rnd, long nowMillis) {
    switch (rnd.nextInt(7)) {
      case 0: return NUMBERS[rnd.nextInt(NUMBERS.length)];
      case 1: return DATES[rnd.nextInt(DATES.length)];
      case 2: return httpDate(nowMillis + rnd.nextLong(-86_400_000L * 365, 86_400_000L * 365));
      case 3: return Long.toString(rnd.nextLong(-5, 5));
      case 4: return Double.toString(rnd.nextDouble(-10, 10));
      case 5: return digits(rnd, 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 5_000 : 40));
      default: return garbage(rnd);
    }
  }

  private static String count(SplittableRandom rnd) {
    switch (rnd.nextInt(5)) {
      case 0: return NUMBERS[rnd.nextInt(NUMBERS.length)];
      case 1: return Long.toString(rnd.nextLong(-10, 1_000));
      case 2: return rnd.nextInt(100) + ", " + rnd.nextInt(100) + ";w=60";
      case 3: return digits(rnd, 1 + rnd.nextInt(60));
      default: return garbage(rnd);
    }
  }

  /** A reset value in each format a server may use: seconds until, epoch seconds, epoch millis, a date, nonsense. */
  private static String reset(SplittableRandom rnd, long nowMillis) {
    long offset = rnd.nextLong(-3_600_000L, 3_600_000L);
    switch (rnd.nextInt(8)) {
      case 0: return Long.toString(rnd.nextLong(-100, 100_000));
      case 1: return Long.toString((nowMillis + offset) / 1000);
      case 2: return Long.toString(nowMillis + offset);
      case 3: return Long.toString((nowMillis + offset) * 1000); // micros: no format says so
      case 4: return httpDate(nowMillis + offset);
      case 5: return NUMBERS[rnd.nextInt(NUMBERS.length)];
      case 6: return ((nowMillis + offset) / 1000) + "." + rnd.nextInt(1000);
      default: return garbage(rnd);
    }
  }

  private static String structured(SplittableRandom rnd) {
    if (rnd.nextInt(4) == 0) {
      return "\"p\";" + (rnd.nextBoolean() ? "q" : "r") + "=" + count(rnd) + ";" + (rnd.nextBoolean() ? "w" : "t") + "=" + count(rnd);
    }
    return rnd.nextInt(6) == 0 ? garbage(rnd) : STRUCTURED[rnd.nextInt(STRUCTURED.length)];
  }

  private static String date(SplittableRandom rnd, long nowMillis) {
    switch (rnd.nextInt(3)) {
      case 0: return DATES[rnd.nextInt(DATES.length)];
      case 1: return httpDate(nowMillis + rnd.nextLong(-86_400_000L * 3650, 86_400_000L * 3650));
      default: return garbage(rnd);
    }
  }

  private static String httpDate(long millis) {
    return IMF.format(Instant.ofEpochMilli(millis));
  }

  private static String digits(SplittableRandom rnd, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) b.append((char) ('0' + rnd.nextInt(10)));
    return b.toString();
  }

  /** Printable ASCII and some non-ASCII, no control characters (a header value cannot hold them). */
  private static String garbage(SplittableRandom rnd) {
    int length = rnd.nextInt(rnd.nextInt(20) == 0 ? 2_000 : 24);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = rnd.nextInt(20);
      b.append(kind == 0 ? (char) (0xA0 + rnd.nextInt(0x2000)) : (char) (0x20 + rnd.nextInt(0x5F)));
    }
    return b.toString().trim();
  }
}
