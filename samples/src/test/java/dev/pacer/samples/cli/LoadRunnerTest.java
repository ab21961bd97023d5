package dev.pacer.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * {@code pacer load}'s runner: {@code --threads} bounds the exchanges in flight, and a call
 * waiting for a concurrency slot holds no place that a call under another cap could use.
 */
final class LoadRunnerTest {
  private static final int LISTINGS = 40;

  @Test
  void callsWaitingForAStreamSlotDoNotHoldUpListingsAndExchangesStayWithinThreads() throws Exception {
    CountDownLatch listingsServed = new CountDownLatch(LISTINGS);
    AtomicBoolean streamsHeldUntilListingsWereServed = new AtomicBoolean(true);
    AtomicInteger open = new AtomicInteger();
    AtomicInteger mostOpen = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
          mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
          try {
            if (request.getUrl().encodedPath().startsWith("/stream")) {
              // A stream stays open until every listing has been served: if waiting streams
              // held the in-flight places, no listing could be served and this would time out.
              if (!listingsServed.await(20, TimeUnit.SECONDS)) streamsHeldUntilListingsWereServed.set(false);
            } else {
              listingsServed.countDown();
            }
            return new MockResponse.Builder().code(200).body("{}").build();
          } finally {
            open.decrementAndGet();
          }
        }
      });
      server.start();
      // One stream at a time (Nylas' cap, shrunk); listings uncapped; 2 exchanges in flight.
      RateLimitPolicy policy = RateLimitPolicy.builder("mixed")
          .rule(Rule.builder("streams").endpoint("GET /stream").maxConcurrent(1).build())
          .build();
      LoadRunner runner = new LoadRunner(server.url("/"),
          List.of(OpSpec.parse("GET /stream 4"), OpSpec.parse("GET /list " + LISTINGS)),
          policy, List.of(), 2, Duration.ofSeconds(60));

      LoadRunner.Result result = runner.run();

      assertEquals(4 + LISTINGS, result.ok(), String.valueOf(runner.failureReasons()));
      assertTrue(streamsHeldUntilListingsWereServed.get(), "a listing waited behind calls waiting for the stream slot");
      assertTrue(mostOpen.get() <= 2, "exchanges in flight at once: " + mostOpen.get());
    }
  }
}
