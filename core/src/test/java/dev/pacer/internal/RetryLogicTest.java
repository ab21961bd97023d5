package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.ServerRetryTooLongException;
import dev.pacer.WaitTooLongException;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongUnaryOperator;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry rules as a table, on virtual time with a chosen jitter. */
final class RetryLogicTest {
  private static final LongUnaryOperator NO_JITTER = bound -> 0;
  private static final LongUnaryOperator FULL_JITTER = bound -> bound;
  private static final long STOP = -1;

  private static final RetryConfig CONFIG = RetryConfig.builder()
      .maxAttempts(3)
      .initialBackoff(Duration.ofMillis(50))
      .maxBackoff(Duration.ofMillis(1_000))
      .maxRetryAfter(Duration.ofSeconds(60))
      .maxTotalTime(Duration.ofSeconds(90))
      .build();

  private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final List<String> gaveUp = new CopyOnWriteArrayList<>();
  private final PacerListener listener = new PacerListener() {
    @Override
    public void gaveUp(String endpoint, int attempts, String reason) {
      gaveUp.add(attempts + " " + reason);
    }
  };

  @ParameterizedTest(name = "{0} {1} key={2} -> {3} {4} attempt {5}: {6} ms")
  @CsvSource(delimiter = '|', textBlock = """
      # method | code | key  | header                | value | attempt | delay ms (-1 = stop) | reason
      GET      | 429  | no   | Retry-After           | 2     | 1       | 2000                 | 429 with server wait
      POST     | 429  | no   | Retry-After           | 2     | 1       | 2000                 | 429 with server wait
      POST     | 503  | no   | Retry-After           | 2     | 1       | 2000                 | 503 with server wait
      POST     | 503  | no   | X-Nothing             | 2     | 1       | -1                   | 503 on a request not safe to replay
      POST     | 503  | yes  | Retry-After           | 2     | 1       | 2000                 | 503 with server wait
      GET      | 503  | no   | X-Nothing             | 2     | 1       | 50                   | 503 with backoff
      GET      | 500  | no   | Retry-After           | 2     | 1       | 50                   | 500 with backoff
      POST     | 500  | no   | X-Nothing             | 2     | 1       | -1                   | 500 on a request not safe to replay
      GET      | 502  | no   | X-Nothing             | 2     | 2       | 50                   | 502 with backoff
      GET      | 429  | no   | X-RateLimit-Reset     | 3     | 1       | 3000                 | 429 with server wait
      GET      | 429  | no   | Retry-After           | 1.5   | 1       | 1500                 | 429 with server wait
      GET      | 429  | no   | Retry-After           | soon  | 1       | 50                   | 429 with backoff
      GET      | 429  | no   | Retry-After           | 0     | 1       | 0                    | 429 with server wait
      GET      | 429  | no   | Retry-After           | 2     | 3       | -1                   | 429, attempts exhausted
      GET      | 429  | no   | Retry-After           | 3600  | 3       | -1                   | 429, attempts exhausted
      GET      | 404  | no   | Retry-After           | 2     | 1       | -1                   |
      GET      | 200  | no   | Retry-After           | 2     | 1       | -1                   |
      GET      | 408  | no   | X-Nothing             | 2     | 1       | 50                   | 408 with backoff
      """)
  void decidesAfterAResponse(String method, int code, String key, String header, String value, int attempt,
      long delayMillis, String reason) throws IOException {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = request(method, key.equals("yes"));
    Response response = response(request, code, header, value);

    RetryLogic.Decision d = afterResponse(logic, request, response, attempt, 0, "E /x");

    if (delayMillis == STOP) {
      assertFalse(d.retry());
      assertEquals(reason == null ? List.of() : List.of(attempt + " " + reason), gaveUp);
    } else {
      assertTrue(d.retry());
      assertEquals(Duration.ofMillis(delayMillis), Duration.ofNanos(d.delayNanos));
      assertEquals(reason, d.reason);
      assertEquals(List.of(), gaveUp);
    }
  }

  @Test
  void aServerWaitAboveMaxRetryAfterFailsAtOnceWhileAttemptsRemain() {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = request("GET", false);
    Response response = response(request, 429, "Retry-After", "3600");

    ServerRetryTooLongException e = assertThrows(ServerRetryTooLongException.class,
        () -> afterResponse(logic, request, response, 1, 0, "GET /x"));
    assertEquals(Duration.ofHours(1), e.retryAfter());
    assertEquals(429, e.status());
    assertEquals(List.of("1 429, server wait above maxRetryAfter"), gaveUp);
  }

  @Test
  void aServerWaitBeyondTheCallsRemainingTimeFailsAtOnce() {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = request("GET", false);
    Response response = response(request, 503, "Retry-After", "50");

    long elapsed = Duration.ofSeconds(60).toNanos();
    ServerRetryTooLongException e = assertThrows(ServerRetryTooLongException.class,
        () -> afterResponse(logic, request, response, 1, elapsed, "GET /x"));
    assertEquals(Duration.ofSeconds(50), e.retryAfter());
    assertTrue(e.getMessage().contains("30000 ms"), e.getMessage());
    assertEquals(List.of("1 503, server wait beyond the call's remaining time"), gaveUp);
  }

  @Test
  void aBackoffBeyondTheCallsRemainingTimeStops() throws IOException {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = request("GET", false);
    Response response = response(request, 500, "X-Nothing", "");

    long elapsed = Duration.ofSeconds(90).minusMillis(10).toNanos();
    assertFalse(afterResponse(logic, request, response, 1, elapsed, "GET /x").retry());
    assertEquals(List.of("1 500, out of time"), gaveUp);
  }

  @Test
  void readsTheResetWithThePolicysFormat() throws IOException {
    RateLimitPolicy policy = RateLimitPolicy.builder("epoch").resetFormat(ResetFormat.EPOCH_SECONDS).build();
    RetryLogic logic = new RetryLogic(engine(policy), CONFIG, NO_JITTER);
    Request request = request("GET", false);
    long resetAt = clock.wallMillis() / 1000 + 4;
    Response response = response(request, 429, "X-RateLimit-Reset", Long.toString(resetAt));

    RetryLogic.Decision d = afterResponse(logic, ResetFormat.EPOCH_SECONDS, request, response, 1, 0, "GET /x");
    assertEquals(Duration.ofSeconds(4), Duration.ofNanos(d.delayNanos));
  }

  @Test
  void backoffIsJitteredBetweenTheFloorAndADoublingCapFromTheFirstRetry() {
    RetryLogic low = logic(CONFIG, NO_JITTER);
    RetryLogic high = logic(CONFIG, FULL_JITTER);
    long[] caps = {100, 200, 400, 800, 1000, 1000};
    for (int attempt = 1; attempt <= caps.length; attempt++) {
      assertEquals(50, Duration.ofNanos(low.backoffNanos(attempt)).toMillis(), "floor, retry " + attempt);
      assertEquals(caps[attempt - 1], Duration.ofNanos(high.backoffNanos(attempt)).toMillis(), "cap, retry " + attempt);
    }
    assertEquals(1000, Duration.ofNanos(high.backoffNanos(Integer.MAX_VALUE)).toMillis());
  }

  @Test
  void jitterSpreadsCallersThatFailedTogether() {
    java.util.Random random = new java.util.Random(42);
    RetryLogic logic = logic(CONFIG, bound -> (long) (random.nextDouble() * (bound + 1)));
    java.util.Set<Long> delays = new java.util.HashSet<>();
    for (int i = 0; i < 20; i++) {
      long millis = Duration.ofNanos(logic.backoffNanos(1)).toMillis();
      assertTrue(millis >= 50 && millis <= 100, "first backoff " + millis);
      delays.add(millis);
    }
    assertTrue(delays.size() > 5, "first retries are not spread: " + delays);
  }

  @ParameterizedTest(name = "{0} {1} key={2}: retry={3}")
  @CsvSource(delimiter = '|', textBlock = """
      GET    | io       | no  | true
      PUT    | io       | no  | true
      DELETE | io       | no  | true
      POST   | io       | no  | false
      PATCH  | io       | no  | false
      POST   | io       | yes | true
      GET    | timeout  | no  | true
      GET    | interrupt| no  | false
      GET    | canceled | no  | false
      GET    | pacer    | no  | false
      """)
  void decidesAfterAFailure(String method, String failure, String key, boolean retry) {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    IOException e;
    switch (failure) {
      case "timeout":
        e = new SocketTimeoutException("timeout");
        break;
      case "interrupt":
        e = new InterruptedIOException("interrupted");
        break;
      case "canceled":
        // Cancellation is the call's state, whatever the exception says.
        e = new IOException("Socket closed");
        break;
      case "pacer":
        e = new WaitTooLongException("r", "GET /x", Duration.ofSeconds(5), Duration.ofSeconds(1));
        break;
      default:
        e = new IOException("unexpected end of stream");
        break;
    }
    RetryLogic.Decision d = logic.afterFailure(request(method, key.equals("yes")), e, failure.equals("canceled"), 1, 0, "E /x");
    assertEquals(retry, d.retry());
    if (retry) assertEquals(Duration.ofMillis(50), Duration.ofNanos(d.delayNanos));
  }

  @Test
  void aNetworkFailureOnTheLastAttemptStops() {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    assertFalse(logic.afterFailure(request("GET", false), new IOException("reset"), false, 3, 0, "GET /x").retry());
    assertEquals(List.of("3 network failure, attempts exhausted"), gaveUp);
  }

  @Test
  void aOneShotBodyIsNeverRetried() throws IOException {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = new Request.Builder().url("http://example.test/x").header("Idempotency-Key", "k")
        .put(new OneShot()).build();
    assertFalse(RetryLogic.isReplayable(request, "Idempotency-Key"));
    assertFalse(afterResponse(logic, request, response(request, 429, "Retry-After", "0"), 1, 0, "PUT /x").retry());
    assertFalse(logic.afterFailure(request, new IOException("reset"), false, 1, 0, "PUT /x").retry());
  }

  @Test
  void hugeConfiguredDurationsDoNotOverflow() throws IOException {
    RetryConfig forever = RetryConfig.builder()
        .maxAttempts(5)
        .initialBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofDays(365L * 1_000))
        .maxRetryAfter(Duration.ofSeconds(Long.MAX_VALUE))
        .maxTotalTime(Duration.ofSeconds(Long.MAX_VALUE))
        .build();
    RetryLogic logic = logic(forever, FULL_JITTER);
    Request request = request("GET", false);

    RetryLogic.Decision d = afterResponse(logic, request, response(request, 429, "Retry-After", "99999999999999999999"), 1, 0, "GET /x");
    assertTrue(d.retry());
    assertTrue(d.delayNanos > 0);
    assertTrue(logic.backoffNanos(60) > 0);
  }

  @Test
  void giveUpReasonsCarryNoValues() {
    RetryLogic logic = logic(CONFIG, NO_JITTER);
    Request request = request("GET", false);
    assertThrows(ServerRetryTooLongException.class,
        () -> afterResponse(logic, request, response(request, 429, "Retry-After", "123456"), 1, 0, "GET /x"));
    assertThrows(ServerRetryTooLongException.class,
        () -> afterResponse(logic, request, response(request, 429, "Retry-After", "59"), 1, Duration.ofSeconds(89).toNanos(), "GET /x"));
    assertEquals(List.of("1 429, server wait above maxRetryAfter", "1 429, server wait beyond the call's remaining time"), gaveUp);
    for (String reason : gaveUp) {
      assertFalse(reason.contains("123456") || reason.contains("59") || reason.contains("PT"), reason);
    }
  }

  @Test
  void retryConfigRejectsBadValuesNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RetryConfig.builder().initialBackoff(Duration.ofNanos(500_000)));
    assertTrue(e.getMessage().contains("initialBackoff < 1 ms") && e.getMessage().contains("PT0.0005S"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RetryConfig.builder().maxAttempts(0));
    assertEquals("maxAttempts < 1: 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> RetryConfig.builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1)).build());
    assertTrue(e.getMessage().contains("PT1S < PT2S"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> RetryConfig.builder().maxTotalTime(null));
    assertEquals("maxTotalTime == null", npe.getMessage());
  }

  @Test
  void aBare429ThatPausedItsBucketsRetriesAfterThatPauseNotABackoff() throws Exception {
    RetryLogic logic = logic(CONFIG, FULL_JITTER);
    Request post = request("POST", false);
    ServerSignal none = RateLimitHeaders.parse(okhttp3.Headers.of(), ResetFormat.SECONDS_UNTIL_RESET, clock.wallMillis());
    // The engine paused the call's buckets for 104 ms (a leaky bucket's first refusal): the
    // retry waits exactly that, whatever the jitter, and any method with a resendable body goes.
    RetryLogic.Decision d = logic.afterResponse(post, 429, new ServerOutcome(none, true, 104_000_000L), 1, 0, "POST /x");
    assertEquals(104_000_000L, d.delayNanos);
    assertEquals("429 after the bucket's pause", d.reason);
    // A pause longer than the call has left stops it, saying why.
    long elapsed = CONFIG.maxTotalTime().toNanos() - 50_000_000L;
    assertEquals(STOP, logic.afterResponse(post, 429, new ServerOutcome(none, true, 104_000_000L), 1, elapsed, "POST /x").delayNanos);
    assertEquals(List.of("1 429, out of time"), gaveUp);
    // With no pause (a policy that pauses nothing without a hint) it backs off as before.
    RetryLogic.Decision backoff = logic.afterResponse(post, 429, new ServerOutcome(none, true, -1), 1, 0, "POST /x");
    assertEquals("429 with backoff", backoff.reason);
    assertTrue(backoff.delayNanos >= CONFIG.initialBackoff().toNanos());
  }

  @Test
  void retryConfigBuilderCopiesSoABuiltConfigNeverChanges() {
    RetryConfig.Builder builder = RetryConfig.builder().maxAttempts(7);
    RetryConfig built = builder.build();
    builder.maxAttempts(2);
    assertEquals(7, built.maxAttempts());
    assertEquals(built.toString(), built.toBuilder().build().toString());
    assertEquals(1, RetryConfig.disabled().maxAttempts());
    assertEquals(4, RetryConfig.defaults().maxAttempts());
  }

  // ---------------------------------------------------------------- helpers

  /** The decision after {@code response}, with the outcome the engine would have read from it. */
  private RetryLogic.Decision afterResponse(RetryLogic logic, Request request, Response response, int attempt,
      long elapsedNanos, String endpoint) throws dev.pacer.ServerRetryTooLongException {
    return afterResponse(logic, ResetFormat.SECONDS_UNTIL_RESET, request, response, attempt, elapsedNanos, endpoint);
  }

  private RetryLogic.Decision afterResponse(RetryLogic logic, ResetFormat format, Request request, Response response,
      int attempt, long elapsedNanos, String endpoint) throws dev.pacer.ServerRetryTooLongException {
    ServerSignal signal = RateLimitHeaders.parse(response.headers(), format, clock.wallMillis());
    int code = response.code();
    boolean throttled = code == 429 || (code == 503 && signal.retryAfterMillis() != ServerSignal.ABSENT);
    return logic.afterResponse(request, code, new ServerOutcome(signal, throttled), attempt, elapsedNanos, endpoint);
  }

  private RetryLogic logic(RetryConfig config, LongUnaryOperator jitter) {
    return new RetryLogic(engine(RateLimitPolicy.builder("t").resetFormat(ResetFormat.SECONDS_UNTIL_RESET).build()), config, jitter);
  }

  private Engine engine(RateLimitPolicy policy) {
    return new Engine(policy, clock, listener, Duration.ofSeconds(60), 1_000);
  }

  private static Request request(String method, boolean idempotencyKey) {
    Request.Builder b = new Request.Builder().url("http://example.test/x");
    RequestBody body = RequestBody.create("b", MediaType.get("text/plain"));
    b.method(method, method.equals("GET") ? null : body);
    if (idempotencyKey) b.header("Idempotency-Key", "k-1");
    return b.build();
  }

  private static Response response(Request request, int code, String header, String value) {
    Response.Builder b = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(code).message("m");
    if (!value.isEmpty()) b.header(header, value);
    return b.build();
  }

  /** A body that can be written once. */
  private static final class OneShot extends RequestBody {
    @Override
    public MediaType contentType() {
      return null;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8("once");
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
