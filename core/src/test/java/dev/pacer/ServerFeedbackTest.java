package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server says about its limit (Retry-After, X-RateLimit-Reset, a server clock that
 * runs ahead) decides how long Pacer waits, for the call and for every caller on the bucket.
 * Real sockets to MockWebServer; times are taken where the server receives requests.
 */
final class ServerFeedbackTest {
  /** The simulated server's clock runs this far ahead of the client's. */
  private static final long SERVER_AHEAD_MILLIS = 7_000;

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private static final RetryConfig RETRY = RetryConfig.builder()
      .maxAttempts(3)
      .initialBackoff(Duration.ofMillis(50))
      .maxBackoff(Duration.ofMillis(200))
      .maxTotalTime(Duration.ofSeconds(30))
      .build();

  private final MockWebServer server = new MockWebServer();
  private final List<OkHttpClient> clients = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void stopEverything() {
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    server.close();
  }

  @Test
  void waitsForRetryAfterSecondsBeforeRetrying() throws IOException {
    Recorder recorder = record(n -> n == 0
        ? new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build()
        : ok("done"));
    OkHttpClient client = client(Pacer.builder(RateLimitPolicy.none()).retry(RETRY).build());

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(200, response.code());
      assertEquals("done", response.body().string());
    }
    assertEquals(2, recorder.count());
    assertGapAtLeast(recorder, 1, 900);
  }

  @Test
  void waitsForRetryAfterHttpDateMeasuredOnTheServersOwnClock() throws IOException {
    // The server's clock runs 7 s ahead. It asks for a retry 2 s after ITS now, and says what its
    // now is in Date. A client reading the date against its own clock would wait 9 s.
    Recorder recorder = record(n -> {
      if (n > 0) return ok("done");
      long serverSecond = serverNowMillis() / 1000 * 1000;
      return new MockResponse.Builder().code(429)
          .addHeader("Date", httpDate(serverSecond))
          .addHeader("Retry-After", httpDate(serverSecond + 2_000))
          .build();
    });
    OkHttpClient client = client(Pacer.builder(RateLimitPolicy.none()).retry(RETRY).build());

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(200, response.code());
    }
    assertGapBetween(recorder, 1, 1_800, 5_000);
  }

  @ParameterizedTest
  @EnumSource(value = ResetFormat.class, names = {"SECONDS_UNTIL_RESET", "EPOCH_SECONDS", "EPOCH_MILLIS"})
  void waitsForTheTrueRemainingTimeOfXRateLimitResetWhenTheServerClockRunsAhead(ResetFormat format)
      throws IOException {
    Recorder recorder = record(n -> {
      if (n > 0) return ok("done");
      long serverNow = serverNowMillis();
      long serverSecond = serverNow / 1000 * 1000;
      String reset;
      switch (format) {
        case SECONDS_UNTIL_RESET:
          reset = "2";
          break;
        case EPOCH_SECONDS:
          reset = Long.toString(serverSecond / 1000 + 2);
          break;
        default:
          reset = Long.toString(serverNow + 2_000);
          break;
      }
      return new MockResponse.Builder().code(429)
          .addHeader("Date", httpDate(serverSecond))
          .addHeader("X-RateLimit-Limit", "10")
          .addHeader("X-RateLimit-Remaining", "0")
          .addHeader("X-RateLimit-Reset", reset)
          .build();
    });
    RateLimitPolicy policy = RateLimitPolicy.builder("skewed")
        .resetFormat(format)
        .rule(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).build())
        .build();
    OkHttpClient client = client(Pacer.builder(policy).retry(RETRY).build());

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(200, response.code());
    }
    // 2 s on the server's clock. Date has whole seconds, so an epoch-millis reset can read up to
    // 1 s longer; 7 s more (9 s) or 7 s less (no wait) would both fail.
    assertGapBetween(recorder, 1, 1_800, 5_500);
  }

  @Test
  void a429OnOneThreadPausesEveryCallerOnTheBucketUntilTheReset() throws Exception {
    Recorder recorder = record(n -> n == 0
        ? new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build()
        : ok("done"));
    CountDownLatch paused = new CountDownLatch(1);
    PacerListener listener = new PacerListener() {
      @Override
      public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
        paused.countDown();
      }
    };
    RateLimitPolicy policy = RateLimitPolicy.builder("shared")
        .rule(Rule.builder("api").otherwise().shared().rate(Rate.perSecond(50)).build())
        .build();
    OkHttpClient client = client(Pacer.builder(policy).retry(RETRY).listener(listener).build());

    ExecutorService pool = Executors.newFixedThreadPool(9);
    try {
      List<Future<Integer>> calls = new ArrayList<>();
      calls.add(pool.submit(() -> codeOf(client, "/items?first")));
      assertTrue(paused.await(10, TimeUnit.SECONDS), "the 429 never paused the bucket");
      for (int i = 0; i < 8; i++) {
        String path = "/items?other=" + i;
        calls.add(pool.submit(() -> codeOf(client, path)));
      }
      for (Future<Integer> call : calls) assertEquals(200, call.get(20, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }

    assertEquals(10, recorder.count());
    long throttledAt = recorder.times.get(0);
    for (int i = 1; i < recorder.count(); i++) {
      long afterMillis = TimeUnit.NANOSECONDS.toMillis(recorder.times.get(i) - throttledAt);
      assertTrue(afterMillis >= 1_800,
          "request " + recorder.requests.get(i).getTarget() + " reached the server " + afterMillis
              + " ms after the 429, before its 2 s reset");
    }
  }

  @Test
  void retryAfterOfABillionSecondsFailsFastCarryingTheServersWait() throws IOException {
    Recorder recorder = record(n -> new MockResponse.Builder().code(429)
        .addHeader("Retry-After", "1000000000").body("come back later").build());
    Pacer pacer = Pacer.builder(RateLimitPolicy.none()).retry(RETRY).build();
    OkHttpClient client = client(pacer);

    ServerRetryTooLongException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(ServerRetryTooLongException.class, () -> client.newCall(get("/items")).execute()));
    assertEquals(Duration.ofSeconds(1_000_000_000L), e.retryAfter());
    assertEquals(429, e.status());
    assertEquals("GET (unmatched)", e.endpoint());
    assertTrue(e.getMessage().contains("1000000000 s"), e.getMessage());
    assertEquals(1, recorder.count());

    // The bucket pauses, but for at most maxRetryAfter (5 min by default), not for decades: the
    // next call is refused without being sent, naming a wait within that bound.
    PacerException next = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThrows(PacerException.class, () -> client.newCall(get("/items")).execute()));
    assertTrue(next.retryAfter().compareTo(Duration.ofMinutes(4)) > 0, next.getMessage());
    assertTrue(next.retryAfter().compareTo(Duration.ofMinutes(5)) <= 0, next.getMessage());
    assertEquals(1, recorder.count());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-5", "1e3", "Fri, 31 Feb 2025 10:00:00 GMT", "0x10"})
  void unreadableRetryAfterFallsBackToTheBarePauseNotAnInstantRetry(String retryAfter) throws IOException {
    Recorder recorder = record(n -> n == 0
        ? new MockResponse.Builder().code(429).addHeader("Retry-After", retryAfter).build()
        : ok("done"));
    List<String> reasons = new CopyOnWriteArrayList<>();
    PacerListener listener = new PacerListener() {
      @Override
      public void retrying(String endpoint, int attempt, Duration delay, String reason) {
        reasons.add(reason);
      }
    };
    RetryConfig retry = RETRY.toBuilder().initialBackoff(Duration.ofMillis(250)).maxBackoff(Duration.ofMillis(500)).build();
    OkHttpClient client = client(Pacer.builder(RateLimitPolicy.none()).retry(retry).listener(listener).build());

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(200, response.code());
    }
    // Read as a bare 429: the host's bucket pauses a second, and the retry waits that pause.
    assertGapAtLeast(recorder, 1, 900);
    assertEquals(List.of("429 after the bucket's pause"), reasons);
  }

  // ---------------------------------------------------------------- helpers

  private static long serverNowMillis() {
    return System.currentTimeMillis() + SERVER_AHEAD_MILLIS;
  }

  private static String httpDate(long epochMillis) {
    return HTTP_DATE.format(Instant.ofEpochMilli(epochMillis));
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private Request get(String pathAndQuery) {
    return new Request.Builder().url(server.url(pathAndQuery)).build();
  }

  private int codeOf(OkHttpClient client, String pathAndQuery) throws IOException {
    try (Response response = client.newCall(get(pathAndQuery)).execute()) {
      response.body().string();
      return response.code();
    }
  }

  private OkHttpClient client(Pacer pacer) {
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    clients.add(client);
    return client;
  }

  private Recorder record(IntFunction<MockResponse> script) {
    Recorder recorder = new Recorder(script);
    server.setDispatcher(recorder);
    return recorder;
  }

  private static void assertGapAtLeast(Recorder recorder, int index, long minMillis) {
    long gap = recorder.gapMillis(index);
    assertTrue(gap >= minMillis, "request " + index + " came " + gap + " ms after the one before, expected >= " + minMillis);
  }

  private static void assertGapBetween(Recorder recorder, int index, long minMillis, long maxMillis) {
    long gap = recorder.gapMillis(index);
    assertTrue(gap >= minMillis && gap <= maxMillis,
        "request " + index + " came " + gap + " ms after the one before, expected " + minMillis + ".." + maxMillis);
  }

  /** Answers by request number and records when each request arrived. */
  static final class Recorder extends Dispatcher {
    final List<Long> times = new CopyOnWriteArrayList<>();
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final IntFunction<MockResponse> script;

    Recorder(IntFunction<MockResponse> script) {
      this.script = script;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      times.add(System.nanoTime());
      requests.add(request);
      return script.apply(next.getAndIncrement());
    }

    int count() {
      return requests.size();
    }

    long gapMillis(int index) {
      assertTrue(times.size() > index, "only " + times.size() + " requests arrived");
      return TimeUnit.NANOSECONDS.toMillis(times.get(index) - times.get(index - 1));
    }
  }
}
