package dev.pacer.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.event.MicrometerPacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.Ticket;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A store used by two {@code Pacer}s reports one outage and one recovery to each, through the
 * {@code Pacer}'s listener chain down to Micrometer's meters.
 */
final class StoreEventsTest {
  @RegisterExtension static final EmbeddedRedis redis = new EmbeddedRedis();

  @Test
  void anOutageAndItsRecoveryReachTheMetersOfEveryPacerOnTheStore() throws Exception {
    MeterRegistry first = new SimpleMeterRegistry();
    MeterRegistry second = new SimpleMeterRegistry();
    try (RedisBucketStore store = RedisBucketStore.create(redis.uri(), RedisStoreOptions.builder()
        .keyPrefix("events:").deadline(Duration.ofMillis(100)).probeInterval(Duration.ofMillis(50)).build())) {
      RateLimitPolicy policy = RateLimitPolicy.builder("api")
          .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(10)).build())
          .build();
      Pacer.builder(policy).store(store).listener(new MicrometerPacerListener(first)).build();
      Pacer.builder(policy).store(store).listener(new MicrometerPacerListener(second)).build();
      Bucket b = store.table(BucketSpec.of("r", List.of(Rate.perSecond(10)), 1, Duration.ZERO), "r|", "").bucket("app", true, 0);

      redis.stop();
      Ticket t = new Ticket();
      t.load(new Bucket[] {b}, 1);
      store.reserve(t, 0, TimeUnit.SECONDS.toNanos(1));
      redis.start();
      Opened.await("both listeners report the recovery", () -> recoveries(first) + recoveries(second) >= 2);
      for (MeterRegistry registry : List.of(first, second)) {
        assertEquals(1.0, registry.get(MicrometerPacerListener.STORE_OUTAGES).counter().count(), 0.0);
        Timer down = registry.get(MicrometerPacerListener.STORE_DOWNTIME).timer();
        assertEquals(1, down.count());
        assertTrue(down.totalTime(TimeUnit.NANOSECONDS) > 0);
      }
    }
  }

  private static long recoveries(MeterRegistry registry) {
    Timer down = registry.find(MicrometerPacerListener.STORE_DOWNTIME).timer();
    return down == null ? 0 : down.count();
  }
}
