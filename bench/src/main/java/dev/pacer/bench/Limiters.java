package dev.pacer.bench;

import dev.pacer.internal.Engine;
import dev.pacer.event.PacerListener;
import dev.pacer.time.PacerClock;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The rate limiters measured side by side, each configured the way its documentation shows
 * for "N permits per second", with a non-blocking decision: Pacer's {@code Engine.reserve}
 * with a zero wait limit, Resilience4j's {@code acquirePermission()} with a zero timeout,
 * Bucket4j's {@code tryConsume(1)}, Guava's {@code tryAcquire()} and Failsafe's
 * {@code tryAcquirePermit()}.
 */
public final class Limiters {
  /** Permits per second high enough that every decision in a benchmark admits the call. */
  public static final int ALWAYS_ADMIT = 1_000_000_000;

  /** The host the benchmark requests name; nothing is sent to it. */
  public static final HttpUrl BASE = HttpUrl.get("http://bench.invalid/");

  private Limiters() {}

  /** One bucket shared by every request. */
  public static RateLimitPolicy singleBucketPolicy(int permitsPerSecond) {
    return RateLimitPolicy.builder("bench-single")
        .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(permitsPerSecond)).build())
        .build();
  }

  /** One bucket per {@code {id}} of {@code GET /users/{id}}. */
  public static RateLimitPolicy perUserPolicy(int permitsPerSecond) {
    return perUserPolicy(Rate.perSecond(permitsPerSecond));
  }

  /** One bucket per {@code {id}} of {@code GET /users/{id}}, at {@code rate}. */
  public static RateLimitPolicy perUserPolicy(Rate rate) {
    return RateLimitPolicy.builder("bench-per-user")
        .rule(Rule.builder("user")
            .endpoint("GET /users/{id}")
            .scope(Scope.pathVariable("id"))
            .rate(rate)
            .build())
        .build();
  }

  /**
   * Pacer's engine for {@code policy} on the system clock, holding up to {@code maxBuckets}
   * buckets, with {@code Pacer}'s default maxWait. The decision benchmarks measure this internal
   * type directly (no public API exposes a bare decision); nothing else outside core may use it.
   */
  public static Engine pacer(RateLimitPolicy policy, int maxBuckets) {
    return new Engine(policy, PacerClock.system(), PacerListener.NONE, Duration.ofSeconds(60), maxBuckets);
  }

  /** {@code GET /users/{id}}. */
  public static Request userRequest(int id) {
    return new Request.Builder().url(BASE.newBuilder().addPathSegment("users").addPathSegment(Integer.toString(id)).build()).build();
  }

  /** The key the other libraries' per-user maps use. */
  public static String userKey(int id) {
    return "user:" + id;
  }

  /** Resilience4j: {@code permitsPerSecond} per 1-second cycle, zero timeout (never waits). */
  public static io.github.resilience4j.ratelimiter.RateLimiter resilience4j(String name, int permitsPerSecond) {
    return io.github.resilience4j.ratelimiter.RateLimiter.of(name,
        io.github.resilience4j.ratelimiter.RateLimiterConfig.custom()
            .limitForPeriod(permitsPerSecond)
            .limitRefreshPeriod(Duration.ofSeconds(1))
            .timeoutDuration(Duration.ZERO)
            .build());
  }

  /** Bucket4j: capacity {@code permitsPerSecond}, refilled greedily over a second. */
  public static Bucket bucket4j(int permitsPerSecond) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(permitsPerSecond).refillGreedy(permitsPerSecond, Duration.ofSeconds(1)).build())
        .build();
  }

  /** Guava: {@code permitsPerSecond}, its default (bursty) limiter. */
  public static com.google.common.util.concurrent.RateLimiter guava(int permitsPerSecond) {
    return com.google.common.util.concurrent.RateLimiter.create(permitsPerSecond);
  }

  /** Failsafe: a smooth limiter of {@code permitsPerSecond}. */
  public static dev.failsafe.RateLimiter<Object> failsafe(int permitsPerSecond) {
    return dev.failsafe.RateLimiter.smoothBuilder(permitsPerSecond, Duration.ofSeconds(1)).build();
  }
}
