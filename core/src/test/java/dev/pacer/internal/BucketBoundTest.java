package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pacer.WaitTooLongException;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.store.Ticket;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The hard bound on buckets: 100,000 keys live at once through an engine that may hold 1,000
 * buckets. The store never holds more, no key is ever admitted faster than its rule, and the
 * listener hears when keys start and stop sharing the overflow bucket.
 */
final class BucketBoundTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aHundredThousandLiveKeysStayWithinTheBoundAndWithinTheirRate() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("bound")
        .rule(Rule.builder("per-user").endpoint("GET /users/{id}").scope(Scope.pathVariable("id")).rate(Rate.perMinute(2)).build())
        .build();
    ManualClock clock = new ManualClock();
    List<String> overflowEvents = new ArrayList<>();
    PacerListener listener = new PacerListener() {
      @Override
      public void bucketsOverflowing(String rule, boolean overflowing) {
        overflowEvents.add(rule + " " + overflowing);
      }
    };
    Engine engine = new Engine(policy, clock, listener, Duration.ofMillis(1), dev.pacer.store.BucketStore.inMemory(1000),
        Duration.ofMinutes(5), null, null);
    HttpUrl base = HttpUrl.get("https://api.example.com/");
    Random random = new Random(42);
    Map<Integer, List<Long>> admitted = new HashMap<>();
    Ticket ticket = new Ticket();
    int maxHeld = 0;
    int refused = 0;
    for (int i = 0; i < 300_000; i++) {
      clock.advanceNanos(random.nextInt(200_000)); // 100,000 keys inside one 30-s interval: all live
      int key = random.nextInt(100_000);
      Request request = new Request.Builder().url(base.newBuilder().addPathSegment("users").addPathSegment(Integer.toString(key)).build()).build();
      try {
        engine.reserve(engine.classify(request), ticket, 0);
        admitted.computeIfAbsent(key, k -> new ArrayList<>()).add(ticket.goAtNanos());
      } catch (WaitTooLongException e) {
        refused++;
      }
      maxHeld = Math.max(maxHeld, engine.bucketCount());
    }
    assertTrue(maxHeld <= 1000 + 1, "held " + maxHeld + " buckets");
    assertTrue(refused > 0, "the flood must have been held back");
    for (Map.Entry<Integer, List<Long>> e : admitted.entrySet()) {
      List<Long> times = e.getValue();
      for (int i = 0; i + 2 < times.size(); i++) {
        if (times.get(i + 2) - times.get(i) < 60 * SECOND) fail("key " + e.getKey() + " got 3 calls within a minute: " + times);
      }
    }
    assertEquals("per-user true", overflowEvents.get(0));
    assertTrue(overflowEvents.size() <= 3, "overflow must not flap on and off at the bound: " + overflowEvents.size() + " events");

    // Once the keys go idle, new keys get buckets of their own again, and the listener hears it.
    clock.advance(Duration.ofMinutes(2));
    for (int i = 0; i < 10; i++) {
      Request request = new Request.Builder().url(base.newBuilder().addPathSegment("users").addPathSegment("later" + i).build()).build();
      engine.reserve(engine.classify(request), ticket, 0);
    }
    assertEquals("per-user false", overflowEvents.get(overflowEvents.size() - 1), overflowEvents.toString());
  }
}
