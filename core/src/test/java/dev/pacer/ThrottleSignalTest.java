package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ThrottleSignal;
import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vendor's own throttle answer (a fixed message on a non-429 status) counts as a 429 when the
 * policy declares it: the bucket pauses for the window it counts in. Other error answers do not,
 * and the signal sees at most {@link ThrottleSignal#PEEK_BYTES} of the body, which still reaches
 * the caller whole.
 */
final class ThrottleSignalTest {
  private static final String MESSAGE = "You've exceeded the per-minute rate limit.";
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger longestPeek = new AtomicInteger();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    RateLimitPolicy policy = RateLimitPolicy.builder("vendor")
        .rule(dev.pacer.policy.Rule.builder("per-minute").endpoint("GET /**").rate(Rate.perMinute(60)).burst(10).build())
        .throttleSignal((status, headers, body) -> {
          longestPeek.accumulateAndGet(body.length(), Math::max);
          return status == 400 && body.contains("per-minute rate limit");
        })
        .build();
    Pacer pacer = Pacer.builder(policy).clock(new ManualClock()).retry(RetryConfig.disabled()).maxWait(Duration.ofSeconds(1)).build();
    client = pacer.install(new OkHttpClient.Builder()).build();
  }

  @AfterEach
  void stop() {
    client.connectionPool().evictAll();
    server.close();
  }

  private Response get() throws IOException {
    return client.newCall(new Request.Builder().url(server.url("/agents")).build()).execute();
  }

  @Test
  void theVendorsMessageOnAnotherStatusPausesTheBucketLikeA429() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"errors\":[{\"msg\":\"" + MESSAGE + "\"}]}").build());
    try (Response r = get()) {
      assertEquals(400, r.code());
      assertTrue(r.body().string().contains(MESSAGE), "the caller still gets the body");
    }
    WaitTooLongException e = assertThrows(WaitTooLongException.class, this::get);
    assertTrue(e.retryAfter().toSeconds() >= 59, "the bucket waits out its minute: " + e.retryAfter());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void otherErrorAnswersAreNotThrottlesAndTheSignalSeesABoundedPeek() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400).body("x".repeat(100_000)).build());
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    try (Response r = get()) {
      assertEquals(400, r.code());
      assertEquals(100_000, r.body().string().length());
    }
    try (Response r = get()) {
      assertEquals(200, r.code(), "no pause after an ordinary 400");
    }
    assertEquals(ThrottleSignal.PEEK_BYTES, longestPeek.get());
  }
}
