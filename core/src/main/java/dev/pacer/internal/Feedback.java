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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each response back into the buckets it was charged to: pauses on throttles (a 429; a 503
 * with {@code Retry-After} only when it carries rate-limit fields or its host is overloaded;
 * bounded by the policy's {@code maxPause}), reconciles with {@code Remaining}/{@code Reset}, learns limits
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
  private final Learner learner;
  /** The departure check of the engine's calls; told here when a bucket spends a reported remaining. */
  private final Departures departures = new Departures();
  private final boolean ruleNamedServer;

  Feedback(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxPause, BucketStore store) {
    this.policy = policy;
    this.store = store;
    for (Rule r : policy.rules()) rules.put(r.name(), r);
    this.learner = new Learner(store);
    this.ruleNamedServer = rules.containsKey(Learner.SERVER);
    this.clock = clock;
    this.listener = listener;
    this.maxPauseMillis = Math.max(1, Math.min(Engine.saturatedNanos(maxPause) / 1_000_000L, ServerSignal.MAX_DELAY_MILLIS));
  }

  /** The departure check (see {@link Departures}), which this feedback tells about credits. */
  Departures departures() {
    return departures;
  }

  /**
   * Reads what {@code response} says about the limit into the charged buckets: a 429 (or 503
   * with a wait) pauses them; {@code Remaining}/{@code Reset} reconcile them; a learned limit
   * replaces the declared one where the rule allows. Returns the outcome, which the retry
   * decision reads: nothing parses the headers twice.
   */
  /** A {@code now} the caller did not read: {@link #onResponse} reads the clock only if it needs the time. */
  static final long NOW_UNREAD = Long.MIN_VALUE;

  ServerOutcome onResponse(Charge charge, Ticket ticket, Response response, long now) {
    okhttp3.Headers headers = response.headers();
    String date = firstDate(headers);
    ServerSignal s;
    if (date == null && !RateLimitHeaders.carriesAnyField(headers)) {
      s = ServerSignal.EMPTY; // nothing to read, not even the server's clock: no wall-clock reading
    } else {
      if (now == NOW_UNREAD) now = clock.nanoTime();
      long receivedWall = clock.wallMillis();
      long sentWall = receivedWall - Math.max(0, (now - ticket.goAtNanos()) / 1_000_000L);
      long serverNow = serverClocks.serverNow(
          response.request().url().host(), HttpDates.parseMillis(date, receivedWall), sentWall, receivedWall);
      s = RateLimitHeaders.parse(headers, policy.resetFormat(), receivedWall, serverNow);
    }
    if (s.malformed()) {
      log.debug("unreadable rate-limit headers from {} (status {})", charge.endpoint, response.code());
    }
    int code = response.code();
    boolean overloaded = noteAnswer(response.request().url().host(), code == 503);
    // A 429 pauses every charged bucket. A 503 with Retry-After is a rate limit only when it also
    // carries rate-limit fields, or when most recent answers from the host are 503s (overload);
    // a lone one delays only its own call's retry (RetryLogic reads its Retry-After).
    boolean throttled = code == 429 || (code == 503 && s.retryAfterMillis() != ServerSignal.ABSENT
        && (hasRateLimitFields(s) || overloaded)) || vendorSaysThrottled(response);
    // A plain success on declared buckets with nothing learned needs no time at all.
    if (now == NOW_UNREAD && (throttled || s != ServerSignal.EMPTY || code >= 500 || !learner.idleFor(ticket, ruleNamedServer))) {
      now = clock.nanoTime();
    }
    // A declared server-side bucket's departure check reads when each answer came back.
    if (departures.reads(ticket)) {
      if (now == NOW_UNREAD) now = clock.nanoTime();
      for (int i = 0; i < ticket.size(); i++) departures.answered(ticket.bucket(i), ticket, code, now);
    }
    long pausedWithoutHintNanos = -1;
    if (throttled) {
      boolean[] concerned = concerned(ticket, s, now);
      long waitMillis = s.waitMillis();
      if (waitMillis == ServerSignal.ABSENT) waitMillis = s.resetAfterMillis();
      if (code == 429) {
        // What the refusal teaches about the limit, before the pause below (the learned spec
        // then takes the pause as it should).
        for (int i = 0; i < ticket.size(); i++) {
          if (!concerned[i]) continue;
          Bucket b = ticket.bucket(i);
          Rule rule = rules.get(b.spec().name());
          learner.throttled(b, Learner.isServerOnly(b, ruleNamedServer), rule != null && rule.learnsFromHeaders(),
              ticket.goAtNanos(), waitMillis, now);
        }
      }
      if (waitMillis != ServerSignal.ABSENT && waitMillis > 0) {
        long asked = waitMillis;
        waitMillis = boundedPause(charge, asked);
        long until = now + waitMillis * 1_000_000L;
        for (int i = 0; i < ticket.size(); i++) {
          if (!concerned[i]) continue;
          Bucket b = ticket.bucket(i);
          if (asked != waitMillis) listener.pauseClipped(charge.endpoint, b.key(), Duration.ofMillis(asked), Duration.ofMillis(waitMillis));
          store.pause(b, until);
          listener.pausedByServer(charge.endpoint, b.key(), code, Duration.ofMillis(waitMillis));
        }
      } else if (code != 503 && waitMillis == ServerSignal.ABSENT) {
        // A bare 429: the server said "too many" but not until when. Pause each bucket for the
        // window it counts in, so every caller sharing it stops, not only this call.
        for (int i = 0; i < ticket.size(); i++) {
          if (!concerned[i]) continue;
          Bucket b = ticket.bucket(i);
          long pauseNanos = pauseWithoutHintNanos(b.spec());
          if (pauseNanos <= 0) continue;
          int intervals = shortBarePauseIntervals(b);
          if (intervals > 0) {
            // A first (or second) bare refusal within the period on a paced bucket: a leaky-bucket
            // server refusing a call a little early. It did not count the refused call, so one
            // new (widened) interval from now is all the spacing it asks (two after a second);
            // the learner widened the spacing for the calls after it.
            pauseNanos = Math.min(pauseNanos, intervals * b.spec().intervalNanos(b.spec().shortestLane()));
          }
          store.pause(b, now + pauseNanos);
          pausedWithoutHintNanos = Math.max(pausedWithoutHintNanos, pauseNanos);
          listener.pausedByServer(charge.endpoint, b.key(), code, Duration.ofNanos(pauseNanos));
        }
      }
    }
    ServerOutcome outcome = ServerOutcome.of(s, throttled, pausedWithoutHintNanos);
    if (!throttled && code < 500 && now != NOW_UNREAD) { // unread: the learner had nothing to count (idleFor)
      for (int i = 0; i < ticket.size(); i++) {
        Bucket b = ticket.bucket(i);
        learner.admitted(b, Learner.isServerOnly(b, ruleNamedServer), ticket.goAtNanos(), now);
      }
    }
    if (s.isEmpty()) return outcome;
    for (int i = 0; i < ticket.size(); i++) {
      Bucket b = ticket.bucket(i);
      learn(charge.endpoint, b, s);
      if (s.remaining() != ServerSignal.ABSENT && s.resetAfterMillis() != ServerSignal.ABSENT) {
        long resetAfter = Math.min(s.resetAfterMillis(), maxPauseMillis);
        if (resetAfter != s.resetAfterMillis() && s.remaining() == 0 && !throttled) {
          listener.pauseClipped(charge.endpoint, b.key(), Duration.ofMillis(s.resetAfterMillis()), Duration.ofMillis(resetAfter));
        }
        long resetAt = now + resetAfter * 1_000_000L;
        if (ticket.isBooked(i)) {
          if (!throttled && spends(ticket, i, s)) {
            store.credit(ticket, i, s.remaining(), resetAt, now);
            departures.credited(b, resetAt, now);
          } else {
            store.reconcile(ticket, i, s.remaining(), resetAt);
          }
        }
        if (s.remaining() == 0 && !throttled && resetAt > now) store.pause(b, resetAt);
      }
    }
    return outcome;
  }

  /**
   * True when the reported {@code Remaining} is bucket {@code i}'s to spend at once: the bucket
   * has a rate, is not an overflow bucket, its rule is not smooth-only, and the answer is about
   * it: the reported limit is its shortest rate's permits, or, with no limit reported, it is the
   * only bucket with a rate on the call. Any other bucket takes the report as a brake only.
   */
  private boolean spends(Ticket ticket, int i, ServerSignal s) {
    Bucket b = ticket.bucket(i);
    BucketSpec spec = b.spec();
    int lane = spec.shortestLane();
    if (lane < 0 || b.isOverflow()) return false;
    Rule rule = rules.get(spec.name());
    if (rule == null || rule.isSmoothOnly()) return false;
    long reported = reportedLimit(s);
    if (reported != ServerSignal.ABSENT) {
      return reported == spec.permits(lane) || reported == spec.rates().get(lane).permits();
    }
    for (int k = 0; k < ticket.size(); k++) {
      if (k != i && !ticket.bucket(k).spec().rates().isEmpty()) return false;
    }
    return true;
  }

  /** The limit the answer reports: {@code X-RateLimit-Limit}, else the policy quota; or ABSENT. */
  private static long reportedLimit(ServerSignal s) {
    return s.limit() != ServerSignal.ABSENT ? s.limit() : s.policyQuota();
  }

  /** Per shared bucket, the last tenant bucket throttled with it, and when. */
  private final ConcurrentHashMap<Bucket, TenantThrottle> lastTenantThrottle = new ConcurrentHashMap<>();

  private record TenantThrottle(String tenantKey, long atNanos) {}

  /**
   * Which of the charged buckets a throttle concerns. A bucket whose rate matches the limit the
   * answer reports is the one meant. Otherwise the narrowest scope first: when the call was also
   * charged to per-tenant buckets (credential, path variable, custom scope), only those pause,
   * and a shared application bucket pauses too only when another tenant was throttled with it
   * within its window (several tenants throttled means the shared limit is the one spent). A
   * charge of shared buckets only pauses them all.
   */
  private boolean[] concerned(Ticket ticket, ServerSignal s, long now) {
    int n = ticket.size();
    boolean[] out = new boolean[n];
    long reported = reportedLimit(s);
    if (reported != ServerSignal.ABSENT) {
      boolean any = false;
      for (int i = 0; i < n; i++) {
        for (dev.pacer.policy.Rate r : ticket.bucket(i).spec().rates()) {
          if (r.permits() == reported) {
            out[i] = true;
            any = true;
          }
        }
      }
      if (any) return out;
    }
    Bucket tenant = null;
    for (int i = 0; i < n; i++) {
      if (!isShared(ticket.bucket(i))) {
        out[i] = true;
        if (tenant == null) tenant = ticket.bucket(i);
      }
    }
    if (tenant == null) {
      java.util.Arrays.fill(out, true);
      return out;
    }
    String tenantKey = tenant.key();
    for (int i = 0; i < n; i++) {
      if (out[i]) continue;
      Bucket shared = ticket.bucket(i);
      long window = Math.max(1, shared.spec().longestPeriodNanos());
      TenantThrottle previous = lastTenantThrottle.put(shared, new TenantThrottle(tenantKey, now));
      if (previous != null && !previous.tenantKey().equals(tenantKey) && now - previous.atNanos() <= window) out[i] = true;
    }
    if (lastTenantThrottle.size() > 4096) lastTenantThrottle.clear(); // shared buckets are few; bound it anyway
    return out;
  }

  /** True for a bucket shared by every tenant: an application-scoped rule's, or the per-host one. */
  private boolean isShared(Bucket b) {
    BucketSpec spec = b.spec();
    if (spec.rates().isEmpty()) return true;
    Rule rule = rules.get(spec.name());
    return rule == null || rule.scope().kind() == dev.pacer.policy.Scope.Kind.APPLICATION;
  }

  /** How many of a host's last {@link #RECENT} answers must be 503s for it to count as overloaded. */
  static final int OVERLOAD_503S = 5;
  /** Answers remembered per host. */
  static final int RECENT = 8;
  /** Hosts remembered at most (cleared when full; a new host starts with a clean record). */
  private static final int MAX_HOSTS = 1024;
  /** Per host, the last {@link #RECENT} answers as bits, newest lowest: 1 for a 503. */
  private final ConcurrentHashMap<String, AtomicInteger> recentAnswers = new ConcurrentHashMap<>();

  /** Records an answer from {@code host}; true when most of its recent answers are 503s. */
  private boolean noteAnswer(String host, boolean was503) {
    if (!was503 && recentAnswers.isEmpty()) return false; // no host has a 503 on record: nothing to look up
    AtomicInteger bits = recentAnswers.get(host);
    if (bits == null) {
      if (!was503) return false; // nothing to remember: a clean record is all zeros
      if (recentAnswers.size() >= MAX_HOSTS) recentAnswers.clear();
      bits = recentAnswers.computeIfAbsent(host, h -> new AtomicInteger());
    }
    int mask = (1 << RECENT) - 1;
    int now = bits.updateAndGet(b -> ((b << 1) | (was503 ? 1 : 0)) & mask);
    return Integer.bitCount(now) >= OVERLOAD_503S;
  }

  /** The policy's {@link dev.pacer.policy.ThrottleSignal} on an error answer that is not a 429. */
  private boolean vendorSaysThrottled(Response response) {
    dev.pacer.policy.ThrottleSignal signal = policy.throttleSignal();
    int code = response.code();
    if (signal == null || code < 400 || code == 429) return false;
    try {
      String start = response.peekBody(dev.pacer.policy.ThrottleSignal.PEEK_BYTES).string();
      return signal.isThrottle(code, response.headers(), start);
    } catch (java.io.IOException | RuntimeException e) {
      log.debug("throttle signal for status {} failed: {}", code, e.getClass().getName());
      return false;
    }
  }

  private static boolean hasRateLimitFields(ServerSignal s) {
    return s.limit() != ServerSignal.ABSENT || s.remaining() != ServerSignal.ABSENT
        || s.resetAfterMillis() != ServerSignal.ABSENT || s.policyQuota() != ServerSignal.ABSENT;
  }

  /** {@code askedMillis} bounded by {@link RateLimitPolicy#maxPause()}. */
  private long boundedPause(Charge charge, long askedMillis) {
    return Math.min(askedMillis, maxPauseMillis);
  }

  /** The first {@code Date} value, as {@link RateLimitHeaders} reads it; null if none. Allocates nothing. */
  private static String firstDate(okhttp3.Headers headers) {
    for (int i = 0, n = headers.size(); i < n; i++) {
      if ("Date".equalsIgnoreCase(headers.name(i))) return headers.value(i);
    }
    return null;
  }

  /**
   * How many of its intervals a bare 429 on {@code b} pauses it for, or 0 for the whole period:
   * on a declared bucket of a rule that does not learn from headers, with the policy's default
   * pause, one interval for the first bare 429 within the period, two for the second; a third
   * within the period means the window is spent (0: the whole period passes).
   */
  private int shortBarePauseIntervals(Bucket b) {
    if (policy.pauseWithoutHint() != null || b.isOverflow() || b.spec().rates().isEmpty()) return 0;
    Rule rule = rules.get(b.spec().name());
    if (rule == null || rule.learnsFromHeaders()) return 0;
    int seen = learner.bareRefusalsInPeriod(b);
    return seen <= 2 ? seen : 0; // 0 seen (nothing recorded) also means the whole period
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

  private void learn(String endpoint, Bucket b, ServerSignal s) {
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
    long maxSpacing = Math.max(maxPauseMillis * 1_000_000L, slowestIntervalNanos(spec));
    if (slowestIntervalNanos(learned) > maxSpacing) {
      // One answer must not stop a bucket for long: a learned limit never spaces calls further
      // apart than maxPause (or than the spec in force, if that is slower already).
      long asked = slowestIntervalNanos(learned);
      limit = learnedFloor(spec, idx, maxSpacing);
      learned = spec.withShortestPermits(limit);
      listener.pauseClipped(endpoint, b.key(), Duration.ofNanos(asked), Duration.ofNanos(slowestIntervalNanos(learned)));
    }
    if (learned.equals(spec)) return;
    store.respec(b, learned);
    log.debug("bucket {} learned a limit of {} per {} from the server", b.key(), limit, spec.rates().get(idx).period());
  }

  /** The longest emission interval of any lane of {@code spec}: how far apart it spaces calls at most. */
  private static long slowestIntervalNanos(BucketSpec spec) {
    long slowest = 0;
    for (int i = 0; i < spec.lanes(); i++) slowest = Math.max(slowest, spec.intervalNanos(i));
    return slowest;
  }

  /**
   * The fewest permits a learned limit may give lane {@code idx} of {@code spec} (at most the
   * permits in force): the smallest count whose spec spaces calls at most {@code maxSpacingNanos}
   * apart. A binary search (spacing only shrinks as permits grow), at most 64 steps.
   */
  private static long learnedFloor(BucketSpec spec, int idx, long maxSpacingNanos) {
    long lo = 1;
    long hi = Math.max(1, spec.permits(idx));
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (slowestIntervalNanos(spec.withShortestPermits(mid)) <= maxSpacingNanos) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
