package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No server answer pauses a bucket for longer than the policy's {@code maxPause} (by default
 * {@code RetryConfig.maxRetryAfter}): hostile or broken answers that ask for years are clipped,
 * reported, and leave the bucket usable once the bound has passed. Virtual time; real sockets.
 */
final class BoundedPauseTest {
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  /** Answers that, unbounded, would stop a bucket for 31 to 73 years. */
  enum Hostile {
    RETRY_AFTER_429(new MockResponse.Builder().code(429).addHeader("Retry-After", "999999999").build()),
    // A 503 pauses the bucket only as a rate limit: with rate-limit fields (or from an overloaded host).
    RETRY_AFTER_503(new MockResponse.Builder().code(503).addHeader("Retry-After", "999999999").addHeader("X-RateLimit-Limit", "100").build()),
    REMAINING_ZERO_EPOCH_RESET(new MockResponse.Builder().code(200)
        .addHeader("X-RateLimit-Remaining", "0").addHeader("X-RateLimit-Reset", "4102444800").build()),
    IETF_RATELIMIT(new MockResponse.Builder().code(200).addHeader("RateLimit", "\"d\";r=0;t=999999999").build());

    final MockResponse response;

    Hostile(MockResponse response) {
      this.response = response;
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final List<String> clipped = new CopyOnWriteArrayList<>();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    server.close();
  }

  private OkHttpClient client(RateLimitPolicy policy, RetryConfig retry) {
    PacerListener listener = new PacerListener() {
      @Override
      public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
        clipped.add(endpoint + " " + applied);
      }
    };
    Pacer pacer = Pacer.builder(policy).clock(clock).listener(listener).retry(retry).maxWait(Duration.ZERO).build();
    client = pacer.install(new OkHttpClient.Builder()).build();
    return client;
  }

  private Request get() {
    return new Request.Builder().url(server.url("/items")).build();
  }

  @ParameterizedTest
  @EnumSource(Hostile.class)
  void aHostileAnswerPausesTheBucketForAtMostMaxPause(Hostile hostile) throws IOException {
    RateLimitPolicy policy = RateLimitPolicy.builder("hostile").resetFormat(ResetFormat.EPOCH_SECONDS).maxPause(MAX_PAUSE).build();
    OkHttpClient c = client(policy, RetryConfig.disabled());
    server.enqueue(hostile.response);
    server.enqueue(new MockResponse.Builder().body("after").build());

    try (Response first = c.newCall(get()).execute()) {
      assertEquals(hostile.response.getCode(), first.code());
    }
    assertEquals(List.of("GET (unmatched) " + MAX_PAUSE), clipped);

    // Paused, but for the bound, not for decades: the wait named is at most maxPause.
    WaitTooLongException refused = assertThrows(WaitTooLongException.class, () -> c.newCall(get()).execute().close());
    assertTrue(refused.retryAfter().compareTo(MAX_PAUSE) <= 0, "waits " + refused.retryAfter());
    assertTrue(refused.retryAfter().compareTo(MAX_PAUSE.minusSeconds(1)) > 0, "still honours the pause: " + refused.retryAfter());

    clock.advance(MAX_PAUSE.plusMillis(1));
    try (Response after = c.newCall(get()).execute()) {
      assertEquals("after", after.body().string());
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void theDefaultBoundIsTheRetryConfigsMaxRetryAfter() throws IOException {
    RetryConfig retry = RetryConfig.builder().maxAttempts(1).maxRetryAfter(Duration.ofSeconds(12)).build();
    OkHttpClient c = client(RateLimitPolicy.none(), retry);
    server.enqueue(Hostile.RETRY_AFTER_429.response);

    c.newCall(get()).execute().close();

    WaitTooLongException refused = assertThrows(WaitTooLongException.class, () -> c.newCall(get()).execute().close());
    assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(12)) <= 0, "waits " + refused.retryAfter());
    assertEquals(List.of("GET (unmatched) PT12S"), clipped);
  }

  @Test
  void aDateMoreThanADayOffIsNotTrustedForSkew() throws IOException {
    // A Date in 1990 would make a reset "in 10 s" read as decades away (or long past).
    RateLimitPolicy policy = RateLimitPolicy.builder("epoch").resetFormat(ResetFormat.EPOCH_SECONDS).maxPause(Duration.ofHours(1)).build();
    OkHttpClient c = client(policy, RetryConfig.disabled());
    long resetEpoch = clock.wallMillis() / 1000 + 10;
    server.enqueue(new MockResponse.Builder().code(429)
        .addHeader("Date", "Mon, 01 Jan 1990 00:00:00 GMT")
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", Long.toString(resetEpoch))
        .build());

    c.newCall(get()).execute().close();

    WaitTooLongException refused = assertThrows(WaitTooLongException.class, () -> c.newCall(get()).execute().close());
    assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(10)) <= 0, "measured from our clock: " + refused.retryAfter());
    assertTrue(refused.retryAfter().compareTo(Duration.ofSeconds(9)) > 0, "measured from our clock: " + refused.retryAfter());
    assertTrue(clipped.isEmpty());
  }
}
