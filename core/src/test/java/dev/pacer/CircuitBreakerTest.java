package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.ManualClock;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional per-host circuit breaker in the admission path: it opens on 5xx answers and
 * dropped connections, never on 429s; while open, calls fail at once unsent; after its wait it
 * lets a probe through and closes on success; its changes reach the listener and its metrics
 * bind to Micrometer. Virtual time drives its open-state wait.
 */
final class CircuitBreakerTest {
  private static final CircuitBreakerConfig CONFIG = CircuitBreakerConfig.custom()
      .slidingWindowSize(4)
      .minimumNumberOfCalls(4)
      .failureRateThreshold(50)
      .waitDurationInOpenState(Duration.ofSeconds(10))
      .permittedNumberOfCallsInHalfOpenState(1)
      .build();

  private final MockWebServer server = new MockWebServer();
  private final ManualClock clock = new ManualClock();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private Pacer pacer;
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    RateLimitPolicy policy = RateLimitPolicy.builder("cb").pauseWithoutHint(Duration.ZERO)
        .rule("all", "GET /**", Rate.perSecond(100_000)).build();
    pacer = Pacer.builder(policy).clock(clock).retry(RetryConfig.disabled()).circuitBreaker(CONFIG)
        .listener(new PacerListener() {
          @Override
          public void circuitBreakerChanged(String host, String state) {
            events.add(host + " " + state);
          }
        })
        .build();
    // OkHttp's own silent retry of a dropped connection is off, so the drop reaches Pacer once.
    client = pacer.install(new OkHttpClient.Builder().retryOnConnectionFailure(false)).build();
  }

  @AfterEach
  void stop() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.close();
  }

  private int get() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/things")).build()).execute()) {
      return r.code();
    }
  }

  @Test
  void serverErrorsOpenItAndAnOpenBreakerFailsCallsWithoutSendingThem() throws Exception {
    for (int i = 0; i < 3; i++) server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    for (int i = 0; i < 3; i++) assertEquals(500, get());
    assertThrows(IOException.class, this::get);
    assertEquals(List.of("127.0.0.1 OPEN"), events.stream().map(e -> e.replace("localhost", "127.0.0.1")).toList());

    int sent = server.getRequestCount();
    assertEquals(4, sent);
    CircuitOpenException open = assertThrows(CircuitOpenException.class, this::get);
    assertEquals(server.getHostName(), open.host());
    assertEquals(Duration.ofSeconds(10), open.retryAfter());
    IOException async = Drivers.enqueuedFailure(pacer.callFactory(new OkHttpClient.Builder().retryOnConnectionFailure(false).build())
        .newCall(new Request.Builder().url(server.url("/things")).build()));
    assertTrue(async instanceof CircuitOpenException, "the call factory's calls see the same breaker");
    assertEquals(sent, server.getRequestCount(), "nothing was sent while open");

    // After its wait, one probe goes; a success closes it.
    clock.advance(Duration.ofSeconds(11));
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertEquals(200, get());
    assertEquals(sent + 1, server.getRequestCount());
    assertEquals(3, events.size(), events.toString());
    assertTrue(events.get(1).endsWith("HALF_OPEN") && events.get(2).endsWith("CLOSED"), events.toString());
  }

  @Test
  void tooManyRequestsArePacingNotBreakageAndNeverOpenIt() throws Exception {
    for (int i = 0; i < 12; i++) server.enqueue(new MockResponse.Builder().code(429).build());
    for (int i = 0; i < 12; i++) assertEquals(429, get());
    assertEquals(List.of(), events);
    assertEquals("CLOSED", pacer.circuitBreakers().orElseThrow().circuitBreaker(server.getHostName()).getState().name());
  }

  @Test
  void itsMetricsBindToMicrometerAndItIsOffUnlessConfigured() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertEquals(200, get());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(pacer.circuitBreakers().orElseThrow()).bindTo(registry);
    assertTrue(registry.find("resilience4j.circuitbreaker.state").tag("name", server.getHostName()).gauges().size() > 0,
        registry.getMetersAsString());
    assertTrue(Pacer.builder(RateLimitPolicy.builder("none").rule("all", "GET /**", Rate.perSecond(1)).build())
        .build().circuitBreakers().isEmpty());
  }
}
