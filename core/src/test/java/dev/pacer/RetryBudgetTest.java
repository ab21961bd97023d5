package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.time.Duration;
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

/**
 * The retry budget: when a dependency fails for every call, retries stop once the budget is
 * spent (each draws {@link RetryConfig#RETRY_COST} tokens) instead of multiplying the load;
 * successful answers refill it; the listener hears once that it ran dry.
 */
final class RetryBudgetTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private OkHttpClient client;

  @BeforeEach
  void start() throws IOException {
    server.start();
    RetryConfig retry = RetryConfig.builder().maxAttempts(3)
        .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
        .retryBudget(4 * RetryConfig.RETRY_COST).build();
    Pacer pacer = Pacer.builder(RateLimitPolicy.builder("b").rule("all", "GET /**", Rate.perSecond(100_000)).build())
        .retry(retry)
        .listener(new PacerListener() {
          @Override
          public void retryBudgetExhausted(String endpoint) {
            events.add(endpoint);
          }
        })
        .build();
    client = pacer.install(new OkHttpClient.Builder()).build();
  }

  @AfterEach
  void stop() {
    client.connectionPool().evictAll();
    server.close();
  }

  private int get() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/x")).build()).execute()) {
      return r.code();
    }
  }

  @Test
  void aFailingDependencyGetsNoMoreRetriesThanTheBudgetPaysFor() throws Exception {
    for (int i = 0; i < 10 + 4; i++) server.enqueue(new MockResponse.Builder().code(500).build());
    for (int i = 0; i < 10; i++) assertEquals(500, get());
    assertEquals(10 + 4, server.getRequestCount(), "ten calls and the four retries the budget paid for");
    assertEquals(List.of("GET /**"), events);

    // Successes refill it: five of them pay for one more retry.
    for (int i = 0; i < 5; i++) server.enqueue(new MockResponse.Builder().code(200).build());
    for (int i = 0; i < 5; i++) assertEquals(200, get());
    int before = server.getRequestCount();
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(500).build());
    assertEquals(500, get());
    assertEquals(before + 2, server.getRequestCount(), "one paid retry, then dry again");
    assertEquals(List.of("GET /**", "GET /**"), events);
  }

  @Test
  void throttledCallsAreRetriedEvenWhenTheBudgetIsDryAndDrawNothing() throws Exception {
    for (int i = 0; i < 10 + 4; i++) server.enqueue(new MockResponse.Builder().code(500).build());
    for (int i = 0; i < 10; i++) assertEquals(500, get());
    assertEquals(List.of("GET /**"), events, "the budget is dry");
    // A bare 429 pauses the bucket one interval (10 µs at 100,000/s); its retry waits that, unpaid.
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).build());
      server.enqueue(new MockResponse.Builder().code(200).build());
    }
    for (int i = 0; i < 3; i++) assertEquals(200, get(), "call " + i + " was retried after its 429");
    assertEquals(10 + 4 + 6, server.getRequestCount());
    // Nothing was drawn: three successes later the budget still cannot pay a retry of a 500.
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().code(200).build());
    assertEquals(500, get());
    assertEquals(10 + 4 + 6 + 1, server.getRequestCount(), "no retry of the 500");
  }

  @Test
  void theBudgetIsValidatedAndCanBeTurnedOff() {
    assertThrows(IllegalArgumentException.class, () -> RetryConfig.builder().retryBudget(-1));
    assertEquals(0, RetryConfig.builder().retryBudget(0).build().retryBudget());
    assertEquals(500, RetryConfig.defaults().retryBudget());
  }
}
