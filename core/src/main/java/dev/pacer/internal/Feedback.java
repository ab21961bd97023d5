package dev.pacer.internal;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.store.Bucket;
import dev.pacer.store.BucketSpec;
import dev.pacer.store.BucketStore;
import dev.pacer.store.Ticket;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each response back into the buckets it was charged to: pauses on throttles (bounded by
 * the policy's {@code maxPause}), reconciles with {@code Remaining}/{@code Reset}, learns limits
 * the server reports, and learns each server's clock offset. Thread-safe.
 */
final class Feedback {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer");

  private final RateLimitPolicy policy;
  private final PacerClock clock;
  private final PacerListener listener;
  private final long maxPauseMillis;
  private final ServerClocks serverClocks = new ServerClocks();
  private final BucketStore store;
  private final Map<String, Rule> rules = new HashMap<>();

  Feedback(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxPause, BucketStore store) {
    this.policy = policy;
    this.store = store;
    for (Rule r : policy.rules()) rules.put(r.name(), r);
    this.clock = clock;
    this.listener = listener;
    this.maxPauseMillis = Math.max(1, Math.min(Engine.saturatedNanos(maxPause) / 1_000_000L, ServerSignal.MAX_DELAY_MILLIS));
  }

  /**
   * Reads what {@code response} says about the limit into the charged buckets: a 429 (or 503
   * with a wait) pauses them; {@code Remaining}/{@code Reset} reconcile them; a learned limit
   * replaces the declared one where the rule allows. Returns the outcome, which the retry
   * decision reads: nothing parses the headers twice.
   */
  ServerOutcome onResponse(Charge charge, Ticket ticket, Response response) {
    long receivedWall = clock.wallMillis();
    long sentWall = receivedWall - Math.max(0, (clock.nanoTime() - ticket.goAtNanos()) / 1_000_000L);
    long serverNow = serverClocks.serverNow(
        response.request().url().host(),
        HttpDates.parseMillis(firstDate(response), receivedWall), sentWall, receivedWall);
    ServerSignal s = RateLimitHeaders.parse(response.headers(), policy.resetFormat(), receivedWall, serverNow);
    if (s.malformed()) {
      log.debug("unreadable rate-limit headers from {} (status {})", charge.endpoint, response.code());
    }
    int code = response.code();
    long now = clock.nanoTime();
    boolean throttled = code == 429 || (code == 503 && s.retryAfterMillis() != ServerSignal.ABSENT);
    if (throttled) {
      long waitMillis = s.waitMillis();
      if (waitMillis == ServerSignal.ABSENT) waitMillis = s.resetAfterMillis();
      if (waitMillis != ServerSignal.ABSENT && waitMillis > 0) {
        long asked = waitMillis;
        waitMillis = boundedPause(charge, asked);
        long until = now + waitMillis * 1_000_000L;
        for (int i = 0; i < ticket.size(); i++) {
          Bucket b = ticket.bucket(i);
          if (asked != waitMillis) listener.pauseClipped(charge.endpoint, b.key(), Duration.ofMillis(asked), Duration.ofMillis(waitMillis));
          store.pause(b, until);
          listener.pausedByServer(charge.endpoint, b.key(), code, Duration.ofMillis(waitMillis));
        }
      } else if (code == 429 && waitMillis == ServerSignal.ABSENT) {
        // A bare 429: the server said "too many" but not until when. Pause each bucket for the
        // window it counts in, so every caller sharing it stops, not only this call.
        for (int i = 0; i < ticket.size(); i++) {
          Bucket b = ticket.bucket(i);
          long pauseNanos = pauseWithoutHintNanos(b.spec());
          if (pauseNanos <= 0) continue;
          store.pause(b, now + pauseNanos);
          listener.pausedByServer(charge.endpoint, b.key(), code, Duration.ofNanos(pauseNanos));
        }
      }
    }
    ServerOutcome outcome = new ServerOutcome(s, throttled);
    if (s.isEmpty()) return outcome;
    for (int i = 0; i < ticket.size(); i++) {
      Bucket b = ticket.bucket(i);
      learn(b, s);
      if (s.remaining() != ServerSignal.ABSENT && s.resetAfterMillis() != ServerSignal.ABSENT) {
        long resetAfter = Math.min(s.resetAfterMillis(), maxPauseMillis);
        if (resetAfter != s.resetAfterMillis() && s.remaining() == 0 && !throttled) {
          listener.pauseClipped(charge.endpoint, b.key(), Duration.ofMillis(s.resetAfterMillis()), Duration.ofMillis(resetAfter));
        }
        long resetAt = now + resetAfter * 1_000_000L;
        if (ticket.isBooked(i)) store.reconcile(ticket, i, s.remaining(), resetAt);
        if (s.remaining() == 0 && !throttled && resetAt > now) store.pause(b, resetAt);
      }
    }
    return outcome;
  }

  /** {@code askedMillis} bounded by {@link RateLimitPolicy#maxPause()}. */
  private long boundedPause(Charge charge, long askedMillis) {
    return Math.min(askedMillis, maxPauseMillis);
  }

  /** The first {@code Date} value, as {@link RateLimitHeaders} reads it; null if none. */
  private static String firstDate(Response response) {
    java.util.List<String> dates = response.headers().values("Date");
    return dates.isEmpty() ? null : dates.get(0);
  }

  private static final long DEFAULT_MAX_PAUSE_WITHOUT_HINT_NANOS = Duration.ofSeconds(60).toNanos();
  private static final long UNDECLARED_PAUSE_WITHOUT_HINT_NANOS = Duration.ofSeconds(1).toNanos();

  /** See {@link RateLimitPolicy#pauseWithoutHint()}. */
  private long pauseWithoutHintNanos(BucketSpec spec) {
    Duration configured = policy.pauseWithoutHint();
    if (configured != null) return Engine.saturatedNanos(configured);
    int idx = spec.shortestLane();
    if (idx < 0) return UNDECLARED_PAUSE_WITHOUT_HINT_NANOS;
    return Math.min(Engine.saturatedNanos(spec.rates().get(idx).period()), DEFAULT_MAX_PAUSE_WITHOUT_HINT_NANOS);
  }

  private void learn(Bucket b, ServerSignal s) {
    BucketSpec spec = b.spec();
    if (spec.rates().isEmpty()) return; // the implicit per-host bucket
    Rule rule = rules.get(spec.name());
    if (rule == null || !rule.learnsFromHeaders()) return;
    int idx = spec.shortestLane();
    if (idx < 0) return;
    long limit = s.limit();
    if (s.policyQuota() != ServerSignal.ABSENT && s.policyWindowMillis() != ServerSignal.ABSENT && s.policyWindowMillis() > 0) {
      // Scale the quota to the rule's shortest period.
      double perMilli = (double) s.policyQuota() / s.policyWindowMillis();
      limit = (long) Math.floor(perMilli * spec.rates().get(idx).period().toMillis());
    }
    if (limit == ServerSignal.ABSENT || limit < 1 || limit > 10_000_000L) return;
    BucketSpec learned = spec.withShortestPermits(limit);
    if (learned.equals(spec)) return;
    store.respec(b, learned);
    log.debug("bucket {} learned a limit of {} per {} from the server", b.key(), limit, spec.rates().get(idx).period());
  }
}
