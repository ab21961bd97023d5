package dev.pacer.internal;

import static dev.pacer.policy.ResetFormat.AUTO;
import static dev.pacer.policy.ResetFormat.EPOCH_MILLIS;
import static dev.pacer.policy.ResetFormat.EPOCH_SECONDS;
import static dev.pacer.policy.ResetFormat.SECONDS_UNTIL_RESET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.ResetFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class RateLimitHeadersTest {
  /** The client's wall clock in every row: Thursday, 2026-01-01T00:00:00Z. */
  private static final long NOW = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private static final long A = ServerSignal.ABSENT;
  private static final long MAX = ServerSignal.MAX_DELAY_MILLIS;
  /** A server clock 7 s ahead of the client. */
  private static final String DATE_PLUS_7 = "Thu, 01 Jan 2026 00:00:07 GMT";
  /** A server clock 7 s behind the client. */
  private static final String DATE_MINUS_7 = "Wed, 31 Dec 2025 23:59:53 GMT";

  /** The signal field a table row checks. */
  enum Field {
    RETRY_AFTER(ServerSignal::retryAfterMillis),
    LIMIT(ServerSignal::limit),
    REMAINING(ServerSignal::remaining),
    RESET(ServerSignal::resetAfterMillis),
    POLICY_QUOTA(ServerSignal::policyQuota),
    POLICY_WINDOW(ServerSignal::policyWindowMillis),
    SKEW(ServerSignal::serverSkewMillis),
    WAIT(ServerSignal::waitMillis),
    EMPTY(s -> s.isEmpty() ? 1 : 0);

    final ToLongFunction<ServerSignal> read;

    Field(ToLongFunction<ServerSignal> read) {
      this.read = read;
    }
  }

  /** One row: headers in, one field and the malformed flag out. */
  record Row(String name, ResetFormat format, Field field, long expected, boolean malformed,
      String[] headers) {
    @Override public String toString() {
      return name;
    }
  }

  private static Row ok(String name, Field field, long expected, String... headers) {
    return new Row(name, AUTO, field, expected, false, headers);
  }

  private static Row ok(ResetFormat format, String name, Field field, long expected,
      String... headers) {
    return new Row(name, format, field, expected, false, headers);
  }

  private static Row bad(String name, Field field, long expected, String... headers) {
    return new Row(name, AUTO, field, expected, true, headers);
  }

  private static Row bad(ResetFormat format, String name, Field field, long expected,
      String... headers) {
    return new Row(name, format, field, expected, true, headers);
  }

  private static long until(String isoInstant) {
    return Instant.parse(isoInstant).toEpochMilli() - NOW;
  }

  static Stream<Row> table() {
    return Stream.of(
        // Retry-After, delta-seconds
        ok("delta seconds", Field.RETRY_AFTER, 120_000, "Retry-After", "120"),
        ok("zero seconds", Field.RETRY_AFTER, 0, "Retry-After", "0"),
        ok("fractional seconds", Field.RETRY_AFTER, 1_500, "Retry-After", "1.5"),
        ok("a fraction below 1 ms rounds up", Field.RETRY_AFTER, 1, "Retry-After", "0.0001"),
        ok("a fraction past ms rounds up", Field.RETRY_AFTER, 1_001, "Retry-After", "1.0001"),
        ok("trailing fraction zeros are exact", Field.RETRY_AFTER, 2_000, "Retry-After", "2.000000"),
        ok("negative zero is zero", Field.RETRY_AFTER, 0, "Retry-After", "-0"),
        ok("first of two Retry-After values", Field.RETRY_AFTER, 5_000,
            "Retry-After", "5", "Retry-After", "10"),
        ok("enormous seconds clamp", Field.RETRY_AFTER, MAX,
            "Retry-After", "99999999999999999999999999999999"),
        ok("seconds just below the clamp are exact", Field.RETRY_AFTER, 2_305_843_009_213_693_000L,
            "Retry-After", "2305843009213693"),
        ok("seconds just past the clamp", Field.RETRY_AFTER, MAX, "Retry-After", "2305843009213694"),
        bad("negative seconds", Field.RETRY_AFTER, A, "Retry-After", "-5"),
        bad("plus sign", Field.RETRY_AFTER, A, "Retry-After", "+5"),
        bad("NaN", Field.RETRY_AFTER, A, "Retry-After", "NaN"),
        bad("Infinity", Field.RETRY_AFTER, A, "Retry-After", "Infinity"),
        bad("hex", Field.RETRY_AFTER, A, "Retry-After", "0x10"),
        bad("unit suffix", Field.RETRY_AFTER, A, "Retry-After", "10s"),
        bad("exponent", Field.RETRY_AFTER, A, "Retry-After", "1e3"),
        bad("empty", Field.RETRY_AFTER, A, "Retry-After", ""),
        bad("bare dot fraction", Field.RETRY_AFTER, A, "Retry-After", ".5"),
        bad("dangling dot", Field.RETRY_AFTER, A, "Retry-After", "5."),
        bad("inner space", Field.RETRY_AFTER, A, "Retry-After", "1 0"),
        bad("non-ASCII digits", Field.RETRY_AFTER, A, "Retry-After", "\u0663"),

        // Retry-After, HTTP-date in the three forms
        ok("IMF-fixdate", Field.RETRY_AFTER, 30_000, "Retry-After", "Thu, 01 Jan 2026 00:00:30 GMT"),
        ok("RFC 850 date", Field.RETRY_AFTER, 30_000,
            "Retry-After", "Thursday, 01-Jan-26 00:00:30 GMT"),
        ok("asctime date", Field.RETRY_AFTER, 30_000, "Retry-After", "Thu Jan  1 00:00:30 2026"),
        ok("asctime with two-digit day", Field.RETRY_AFTER, until("2026-01-15T00:00:00Z"),
            "Retry-After", "Thu Jan 15 00:00:00 2026"),
        ok("date in lower case", Field.RETRY_AFTER, 30_000,
            "Retry-After", "thu, 01 jan 2026 00:00:30 gmt"),
        ok("a wrong day-of-week is ignored", Field.RETRY_AFTER, 30_000,
            "Retry-After", "Mon, 01 Jan 2026 00:00:30 GMT"),
        ok("past IMF-fixdate is zero", Field.RETRY_AFTER, 0,
            "Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ok("RFC 850 year 94 is 1994, so past", Field.RETRY_AFTER, 0,
            "Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT"),
        ok("RFC 850 year 75 is 2075", Field.RETRY_AFTER, until("2075-01-01T00:00:00Z"),
            "Retry-After", "Tuesday, 01-Jan-75 00:00:00 GMT"),
        ok("far-future date is kept, not clamped", Field.RETRY_AFTER,
            until("9999-12-31T23:59:59Z"), "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"),
        bad("31 February", Field.RETRY_AFTER, A, "Retry-After", "Sat, 31 Feb 2026 00:00:00 GMT"),
        bad("hour 25", Field.RETRY_AFTER, A, "Retry-After", "Thu, 01 Jan 2026 25:00:00 GMT"),
        bad("numeric zone instead of GMT", Field.RETRY_AFTER, A,
            "Retry-After", "Thu, 01 Jan 2026 00:00:30 +0000"),
        bad("ISO-8601 is not an HTTP-date", Field.RETRY_AFTER, A,
            "Retry-After", "2026-01-01T00:00:30Z"),
        bad("three-digit RFC 850 year", Field.RETRY_AFTER, A,
            "Retry-After", "Thursday, 01-Jan-026 00:00:30 GMT"),

        // Date header and skew
        // The skew is read alongside a rate-limit field; an answer with none is the empty signal.
        ok("Date +7 s is the skew", Field.SKEW, 7_000, "Date", DATE_PLUS_7, "X-RateLimit-Limit", "10"),
        ok("Date -7 s is the skew", Field.SKEW, -7_000, "Date", DATE_MINUS_7, "X-RateLimit-Limit", "10"),
        ok("a Date alone is the empty signal", Field.SKEW, 0, "Date", DATE_PLUS_7),
        ok("unreadable Date means no skew", Field.SKEW, 0, "Date", "yesterday"),
        ok("no Date means no skew", Field.SKEW, 0, "Retry-After", "1"),
        ok("date Retry-After measured from server Date +7 s", Field.RETRY_AFTER, 30_000,
            "Date", DATE_PLUS_7, "Retry-After", "Thu, 01 Jan 2026 00:00:37 GMT"),
        ok("date Retry-After without Date uses the client clock", Field.RETRY_AFTER, 37_000,
            "Retry-After", "Thu, 01 Jan 2026 00:00:37 GMT"),
        ok("asctime Retry-After against IMF Date -7 s", Field.RETRY_AFTER, 30_000,
            "Date", DATE_MINUS_7, "Retry-After", "Thu Jan  1 00:00:23 2026"),
        ok("delta seconds ignore skew", Field.RETRY_AFTER, 30_000,
            "Date", DATE_PLUS_7, "Retry-After", "30"),
        ok(EPOCH_SECONDS, "epoch reset measured from server Date +7 s", Field.RESET, 30_000,
            "Date", DATE_PLUS_7, "X-RateLimit-Reset", "1767225637"),
        ok(EPOCH_MILLIS, "epoch-millis reset measured from server Date +7 s", Field.RESET, 30_000,
            "Date", DATE_PLUS_7, "X-RateLimit-Reset", "1767225637000"),

        // X-RateLimit-Limit and -Remaining
        ok("limit", Field.LIMIT, 100, "X-RateLimit-Limit", "100"),
        ok("first number of a limit list", Field.LIMIT, 100,
            "X-RateLimit-Limit", "100, 100;w=60, 1000;w=3600"),
        ok("limit with parameters", Field.LIMIT, 100, "X-RateLimit-Limit", "100;w=60"),
        ok("space before the comma", Field.LIMIT, 100, "X-RateLimit-Limit", "100 , 50"),
        ok("enormous limit saturates", Field.LIMIT, Long.MAX_VALUE,
            "X-RateLimit-Limit", "123456789012345678901234567890"),
        bad("negative limit", Field.LIMIT, A, "X-RateLimit-Limit", "-1"),
        bad("fractional limit", Field.LIMIT, A, "X-RateLimit-Limit", "10.5"),
        bad("word limit", Field.LIMIT, A, "X-RateLimit-Limit", "unlimited"),
        ok("remaining", Field.REMAINING, 42, "X-RateLimit-Remaining", "42"),
        ok("negative remaining is zero", Field.REMAINING, 0, "X-RateLimit-Remaining", "-3"),
        bad("garbage remaining", Field.REMAINING, A, "X-RateLimit-Remaining", "many"),

        // X-RateLimit-Reset in each format
        ok(SECONDS_UNTIL_RESET, "seconds until reset", Field.RESET, 10_000, "X-RateLimit-Reset", "10"),
        ok(SECONDS_UNTIL_RESET, "fractional seconds until reset", Field.RESET, 1_235,
            "X-RateLimit-Reset", "1.2341"),
        bad(SECONDS_UNTIL_RESET, "negative seconds until reset", Field.RESET, A,
            "X-RateLimit-Reset", "-1"),
        ok(EPOCH_SECONDS, "epoch seconds", Field.RESET, 10_000, "X-RateLimit-Reset", "1767225610"),
        ok(EPOCH_SECONDS, "fractional epoch seconds", Field.RESET, 10_250,
            "X-RateLimit-Reset", "1767225610.25"),
        ok(EPOCH_SECONDS, "past epoch seconds", Field.RESET, A, "X-RateLimit-Reset", "1767225000"),
        ok(EPOCH_SECONDS, "epoch seconds equal to now", Field.RESET, 0,
            "X-RateLimit-Reset", "1767225600"),
        ok(EPOCH_MILLIS, "epoch millis", Field.RESET, 10_500, "X-RateLimit-Reset", "1767225610500"),
        ok(EPOCH_MILLIS, "past epoch millis", Field.RESET, A, "X-RateLimit-Reset", "1767225599999"),
        ok(EPOCH_MILLIS, "enormous epoch millis clamp", Field.RESET, MAX,
            "X-RateLimit-Reset", "99999999999999999999"),
        ok(EPOCH_SECONDS, "seconds-until misread as epoch is past", Field.RESET, A,
            "X-RateLimit-Reset", "10"),
        bad(EPOCH_SECONDS, "garbage epoch", Field.RESET, A, "X-RateLimit-Reset", "soon"),
        ok("AUTO: small value is seconds until", Field.RESET, 10_000, "X-RateLimit-Reset", "10"),
        ok("AUTO: just below 1e9 is seconds until", Field.RESET, 999_999_999_000L,
            "X-RateLimit-Reset", "999999999"),
        ok("AUTO: 1e9..1e11 is epoch seconds", Field.RESET, 10_000,
            "X-RateLimit-Reset", "1767225610"),
        ok("AUTO: 1e11 and up is epoch millis", Field.RESET, 10_500,
            "X-RateLimit-Reset", "1767225610500"),
        ok("AUTO: past epoch is absent", Field.RESET, A, "X-RateLimit-Reset", "1767225000"),
        ok("AUTO: epoch seconds measured from Date +7 s", Field.RESET, 30_000,
            "Date", DATE_PLUS_7, "X-RateLimit-Reset", "1767225637"),
        bad("AUTO: negative reset", Field.RESET, A, "X-RateLimit-Reset", "-10"),

        // IETF RateLimit-Policy and RateLimit (draft 10)
        ok("policy quota of the first item", Field.POLICY_QUOTA, 100,
            "RateLimit-Policy", "\"burst\";q=100;w=60, \"daily\";q=1000;w=86400"),
        ok("policy window of the first item", Field.POLICY_WINDOW, 60_000,
            "RateLimit-Policy", "\"burst\";q=100;w=60, \"daily\";q=1000;w=86400"),
        ok("policy without w has no window", Field.POLICY_WINDOW, A,
            "RateLimit-Policy", "\"p\";q=5"),
        bad("policy without q has no quota", Field.POLICY_QUOTA, A,
            "RateLimit-Policy", "\"p\";w=60"),
        bad("policy quota that is a string", Field.POLICY_QUOTA, A,
            "RateLimit-Policy", "\"p\";q=\"100\";w=60"),
        bad("garbage policy", Field.POLICY_QUOTA, A, "RateLimit-Policy", "q=100 w=60"),
        bad("garbage after the first policy keeps the first", Field.POLICY_QUOTA, 100,
            "RateLimit-Policy", "\"burst\";q=100;w=60, ;;"),
        ok("unknown parameters and kinds are skipped", Field.POLICY_QUOTA, 7,
            "RateLimit-Policy", "\"a\\\"b\";qu=\"requests\";pk=:cHJvamVjdDEyMw==:;x=?1;q=7;w=1"),
        ok("RateLimit r is remaining", Field.REMAINING, 0, "RateLimit", "\"burst\";r=0;t=30"),
        ok("RateLimit t is reset", Field.RESET, 30_000, "RateLimit", "\"burst\";r=0;t=30"),
        ok("RateLimit r=0 asks to wait t", Field.WAIT, 30_000, "RateLimit", "\"burst\";r=0;t=30"),
        ok("RateLimit r>0 asks no wait", Field.WAIT, A, "RateLimit", "\"burst\";r=5;t=30"),
        ok("token item and spaces", Field.REMAINING, 3, "RateLimit", "burst; r=3; t=4 , daily;r=9"),
        ok("X-RateLimit-Remaining wins over r", Field.REMAINING, 7,
            "X-RateLimit-Remaining", "7", "RateLimit", "\"burst\";r=0;t=30"),
        ok(SECONDS_UNTIL_RESET, "X-RateLimit-Reset wins over t", Field.RESET, 5_000,
            "X-RateLimit-Reset", "5", "RateLimit", "\"burst\";r=0;t=30"),
        bad("unterminated string", Field.REMAINING, A, "RateLimit", "\"burst;r=0;t=30"),
        bad("RateLimit without r", Field.REMAINING, A, "RateLimit", "\"burst\";t=30"),
        bad("negative t", Field.RESET, A, "RateLimit", "\"burst\";r=0;t=-30"),
        bad("a long run of date markers", Field.REMAINING, A, "RateLimit", "@".repeat(100_000)),
        ok("a long run of digits", Field.RETRY_AFTER, MAX, "Retry-After", "9".repeat(100_000)),

        // what the server asks the client to wait
        ok("Retry-After wins over RateLimit", Field.WAIT, 5_000,
            "Retry-After", "5", "RateLimit", "\"burst\";r=0;t=30"),
        ok(SECONDS_UNTIL_RESET, "Retry-After wins over X-RateLimit", Field.WAIT, 5_000,
            "Retry-After", "5", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "60"),
        ok(SECONDS_UNTIL_RESET, "spent window waits for reset", Field.WAIT, 60_000,
            "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "60"),
        ok(SECONDS_UNTIL_RESET, "window with calls left asks no wait", Field.WAIT, A,
            "X-RateLimit-Remaining", "1", "X-RateLimit-Reset", "60"),
        ok("spent window without reset asks no wait", Field.WAIT, A, "X-RateLimit-Remaining", "0"),
        bad("unreadable Retry-After falls back to reset", Field.WAIT, 30_000,
            "Retry-After", "later", "RateLimit", "\"burst\";r=0;t=30"),

        // emptiness
        ok("no headers is empty", Field.EMPTY, 1),
        ok("only Date is empty", Field.EMPTY, 1, "Date", DATE_PLUS_7),
        bad("only garbage is empty", Field.EMPTY, 1, "Retry-After", "soon"),
        ok("a limit alone is not empty", Field.EMPTY, 0, "X-RateLimit-Limit", "10"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void readsEachRowOfTheTableAsExpected(Row row) {
    Headers.Builder headers = new Headers.Builder();
    for (int i = 0; i < row.headers().length; i += 2) {
      headers.addUnsafeNonAscii(row.headers()[i], row.headers()[i + 1]);
    }
    ServerSignal signal = RateLimitHeaders.parse(headers.build(), row.format(), NOW);
    assertEquals(row.expected(), row.field().read.applyAsLong(signal),
        () -> row.field() + " of " + signal);
    assertEquals(row.malformed(), signal.malformed(), () -> "malformed of " + signal);
  }

  @Test
  void anAnswerWithoutAnyRateLimitFieldIsTheSharedEmptySignalWhateverElseItCarries() {
    Headers plain = new Headers.Builder().add("Date", DATE_PLUS_7).add("Content-Type", "application/json")
        .add("X-Request-Id", "abc").build();
    org.junit.jupiter.api.Assertions.assertSame(ServerSignal.EMPTY, RateLimitHeaders.parse(plain, AUTO, NOW));
    // Field names match whatever their case, as HTTP says.
    Headers lower = new Headers.Builder().add("retry-after", "3").build();
    assertEquals(3_000, RateLimitHeaders.parse(lower, AUTO, NOW).retryAfterMillis());
  }

  @Test
  void tableHasAtLeastFortyRows() {
    assertTrue(table().count() >= 40);
  }

  @Test
  void readsEveryFieldOfAFullVendorResponse() {
    Headers headers = new Headers.Builder()
        .add("Date", DATE_PLUS_7)
        .add("X-RateLimit-Limit", "100")
        .add("X-RateLimit-Remaining", "0")
        .add("X-RateLimit-Reset", "1767225667") // epoch seconds: 60 s after the server's now
        .add("RateLimit-Policy", "\"burst\";q=100;w=60")
        .add("RateLimit", "\"burst\";r=0;t=60")
        .build();

    ServerSignal signal = RateLimitHeaders.parse(headers, AUTO, NOW);

    assertEquals(A, signal.retryAfterMillis());
    assertEquals(100, signal.limit());
    assertEquals(0, signal.remaining());
    assertEquals(60_000, signal.resetAfterMillis());
    assertEquals(100, signal.policyQuota());
    assertEquals(60_000, signal.policyWindowMillis());
    assertEquals(7_000, signal.serverSkewMillis());
    assertEquals(60_000, signal.waitMillis());
    assertFalse(signal.malformed());
    assertFalse(signal.isEmpty());
    assertEquals("ServerSignal{limit=100, remaining=0, resetAfter=60000ms, policyQuota=100, "
        + "policyWindow=60000ms, serverSkew=7000ms}", signal.toString());
  }

  @Test
  void equalHeadersGiveEqualSignals() {
    Headers headers = Headers.of("Retry-After", "3", "X-RateLimit-Limit", "bad");
    ServerSignal a = RateLimitHeaders.parse(headers, AUTO, NOW);
    ServerSignal b = RateLimitHeaders.parse(headers, AUTO, NOW);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals("ServerSignal{retryAfter=3000ms, malformed}", a.toString());
    assertEquals("ServerSignal{}", RateLimitHeaders.parse(Headers.of(), AUTO, NOW).toString());
  }

  @Test
  void twoDigitYearsLandWithinFiftyYearsOfTheReference() {
    long ref2026 = NOW;
    assertEquals(year(1994), HttpDates.parseMillis("Saturday, 01-Jan-94 00:00:00 GMT", ref2026));
    assertEquals(year(2075), HttpDates.parseMillis("Tuesday, 01-Jan-75 00:00:00 GMT", ref2026));
    assertEquals(year(2076), HttpDates.parseMillis("Wednesday, 01-Jan-76 00:00:00 GMT", ref2026));
    assertEquals(year(1977), HttpDates.parseMillis("Saturday, 01-Jan-77 00:00:00 GMT", ref2026));
    assertEquals(year(2000), HttpDates.parseMillis("Saturday, 01-Jan-00 00:00:00 GMT", ref2026));
    long ref2099 = Instant.parse("2099-06-01T00:00:00Z").toEpochMilli();
    assertEquals(year(2101), HttpDates.parseMillis("Saturday, 01-Jan-01 00:00:00 GMT", ref2099));
    assertEquals(year(2026), HttpDates.parseMillis("Thursday, 01-Jan-2026 00:00:00 GMT", ref2099));
  }

  private static long year(int year) {
    return Instant.parse(year + "-01-01T00:00:00Z").toEpochMilli();
  }

  @Test
  void decimalToleratesSurroundingSpacesAndTabsOnly() {
    assertEquals(1_500, RateLimitHeaders.Decimal.parse(" \t1.5\t ").ceilMillisOfSeconds());
    assertNull(RateLimitHeaders.Decimal.parse("1.5\n"));
    assertNull(RateLimitHeaders.Decimal.parse(" - 1"));
  }

  @Test
  void rejectsNullArguments() {
    NullPointerException headers =
        assertThrows(NullPointerException.class, () -> RateLimitHeaders.parse(null, AUTO, NOW));
    assertEquals("headers == null", headers.getMessage());
    NullPointerException format = assertThrows(NullPointerException.class,
        () -> RateLimitHeaders.parse(Headers.of(), null, NOW));
    assertEquals("resetFormat == null", format.getMessage());
  }

  private static final List<String> NAMES = List.of("Retry-After", "X-RateLimit-Limit",
      "X-RateLimit-Remaining", "X-RateLimit-Reset", "x-ratelimit-reset", "RateLimit",
      "RateLimit-Policy", "Date");

  private static final List<String> SEEDS = List.of("120", "1.5", "-0", "0.0001",
      "Thu, 01 Jan 2026 00:00:30 GMT", "Thursday, 01-Jan-26 00:00:30 GMT",
      "Thu Jan  1 00:00:30 2026", "1767225610", "1767225610500", "100, 100;w=60",
      "\"burst\";q=100;w=60, \"daily\";q=1000;w=86400", "\"burst\";r=0;t=30",
      "(\"a\" b);r=1, @1767225610;t=2", "%\"x\";pk=:AAA=:;r=?1", "99999999999999999999999");

  private static final List<String> PIECES = List.of("0", "1", "9", "-", "+", ".", ",", ";", "=",
      "\"", "\\", ":", "(", ")", " ", "\t", "?1", "?", "@", "%", "*", "r", "q", "t", "w", "pk",
      "GMT", "Thu", "Thursday", "Jan", "-Jan-", "00:00:30", "2026", "99999999999999999999",
      "NaN", "Infinity", "0x1F", "1e9", "\u00e9", "\u0000", "\n", "\u03a9", "\u0663", "\uD83D",
      "@@@@@@@@", "((((", "\"\\", "-.");

  @Test
  void neverThrowsForTenThousandRandomHeaderSets() {
    Random random = new Random(20260101L);
    long[] clocks = {NOW, 0, Long.MIN_VALUE, Long.MAX_VALUE, -1};
    ResetFormat[] formats = ResetFormat.values();
    for (int i = 0; i < 10_000; i++) {
      Headers.Builder builder = new Headers.Builder();
      String[] added = new String[2 * (1 + random.nextInt(4))];
      for (int h = 0; h < added.length; h += 2) {
        added[h] = NAMES.get(random.nextInt(NAMES.size()));
        added[h + 1] = randomValue(random);
        builder.addUnsafeNonAscii(added[h], added[h + 1]);
      }
      long clock = random.nextInt(3) == 0 ? random.nextLong() : clocks[random.nextInt(clocks.length)];
      ResetFormat format = formats[random.nextInt(formats.length)];
      String input = "input " + i + ": " + Arrays.toString(added) + " " + format + " " + clock;

      ServerSignal signal = RateLimitHeaders.parse(builder.build(), format, clock);

      assertNotNull(signal.toString(), input);
      assertDelay(signal.retryAfterMillis(), input);
      assertDelay(signal.resetAfterMillis(), input);
      assertDelay(signal.policyWindowMillis(), input);
      assertDelay(signal.waitMillis(), input);
      assertTrue(signal.limit() >= A && signal.remaining() >= A && signal.policyQuota() >= A, input);
      assertTrue(Math.abs(signal.serverSkewMillis()) <= MAX, input);
    }
  }

  private static void assertDelay(long millis, String input) {
    assertTrue(millis == A || (millis >= 0 && millis <= MAX), () -> millis + " for " + input);
  }

  private static String randomValue(Random random) {
    StringBuilder value = new StringBuilder();
    int kind = random.nextInt(3);
    if (kind == 0) { // a valid value, mutated a little
      value.append(SEEDS.get(random.nextInt(SEEDS.size())));
      for (int m = random.nextInt(4); m > 0 && value.length() > 0; m--) {
        int at = random.nextInt(value.length());
        switch (random.nextInt(3)) {
          case 0 -> value.deleteCharAt(at);
          case 1 -> value.insert(at, PIECES.get(random.nextInt(PIECES.size())));
          default -> value.setCharAt(at, (char) (32 + random.nextInt(95)));
        }
      }
    } else if (kind == 1) { // pieces of the grammar, shuffled
      for (int p = random.nextInt(12); p > 0; p--) {
        value.append(PIECES.get(random.nextInt(PIECES.size())));
      }
    } else { // any characters at all
      for (int c = random.nextInt(40); c > 0; c--) value.append((char) random.nextInt(0x10000));
    }
    return value.toString();
  }
}
