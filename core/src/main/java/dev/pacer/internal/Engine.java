package dev.pacer.internal;

import dev.pacer.WaitTooLongException;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline shared by the interceptors and the call factory: classifies requests, books
 * rate permits (returning how long to wait, never sleeping), counts calls in flight, and reads
 * responses back into the buckets. Thread-safe.
 */
public final class Engine {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer");

  private final RateLimitPolicy policy;
  private final PacerClock clock;
  private final PacerListener listener;
  private final long maxWaitNanos;
  private final Duration maxWait;
  private final List<Rule> rules;
  private final BucketStore store;
  private final ServerClocks serverClocks = new ServerClocks();
  private final ConcurrencyLimiter concurrency;

  private final long maxPauseMillis;

  /** An engine whose server pauses are bounded by {@link dev.pacer.RetryConfig#defaults()}'s {@code maxRetryAfter}. */
  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait, int maxBuckets) {
    this(policy, clock, listener, maxWait, maxBuckets, dev.pacer.RetryConfig.defaults().maxRetryAfter());
  }

  public Engine(RateLimitPolicy policy, PacerClock clock, PacerListener listener, Duration maxWait, int maxBuckets, Duration maxPause) {
    this.policy = policy;
    this.clock = clock;
    this.listener = new SafeListener(listener);
    this.maxWait = maxWait;
    this.maxWaitNanos = saturatedNanos(maxWait);
    this.maxPauseMillis = Math.max(1, Math.min(saturatedNanos(maxPause) / 1_000_000L, ServerSignal.MAX_DELAY_MILLIS));
    this.rules = policy.rules();
    this.concurrency = new ConcurrencyLimiter(clock);
    this.store = new BucketStore(maxBuckets, policy.safetyMargin() == null ? -1 : policy.safetyMargin().toNanos());
  }

  public RateLimitPolicy policy() {
    return policy;
  }

  public PacerClock clock() {
    return clock;
  }

  public PacerListener listener() {
    return listener;
  }

  public long maxWaitNanos() {
    return maxWaitNanos;
  }

  // ---------------------------------------------------------------- classification

  /** Works out the buckets and slots {@code request} is charged to. */
  public Charge classify(Request request) {
    String method = request.method();
    String path = request.url().encodedPath();
    Endpoint tag = request.tag(Endpoint.class);
    String matchPath = tag != null ? tag.template() : path;
    String matchMethod = tag != null ? tag.method() : method;
    PathTemplate tagTemplate = tag != null ? safeTemplate(tag) : null;

    int n = rules.size();
    PathTemplate[] matched = new PathTemplate[n];
    Map<String, String>[] vars = newVarArray(n);
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Rule r = rules.get(i);
      if (r.isOtherwise()) continue;
      PathTemplate best = null;
      Map<String, String> bestVars = null;
      for (PathTemplate t : r.templates()) {
        Map<String, String> v = t.match(matchMethod, matchPath);
        if (v != null && (best == null || t.specificity() > best.specificity())) {
          best = t;
          bestVars = v;
        }
      }
      if (best != null) {
        matched[i] = best;
        vars[i] = bestVars;
        any = true;
      }
    }

    String endpointLabel = tag != null ? tag.toString() : null;
    if (endpointLabel == null) {
      PathTemplate mostSpecific = null;
      for (PathTemplate t : matched) {
        if (t != null && !t.source().contains("**") && (mostSpecific == null || t.specificity() > mostSpecific.specificity())) {
          mostSpecific = t;
        }
      }
      endpointLabel = mostSpecific != null ? method + " " + mostSpecific.source().substring(mostSpecific.source().indexOf(' ') + 1) : method + " " + path;
    }

    long now = clock.nanoTime();
    List<RateBucket> rate = new ArrayList<>(2);
    List<ConcurrencyLimiter.Slot> slots = new ArrayList<>(1);
    for (int i = 0; i < n; i++) {
      Rule r = rules.get(i);
      String endpointId;
      Map<String, String> ruleVars;
      if (r.isOtherwise()) {
        if (coveredByRateRule(r.scope(), matched)) continue;
        endpointId = endpointLabel;
        ruleVars = Map.of();
      } else {
        if (matched[i] == null) continue;
        endpointId = matched[i].source();
        ruleVars = vars[i];
      }
      String scopeKey = scopeKey(r.scope(), request, ruleVars, tagTemplate, path);
      String key = r.isShared() ? r.name() + "|" + scopeKey : r.name() + "|" + scopeKey + "|" + endpointId;
      if (!r.rates().isEmpty()) rate.add(bucket(key, r, now));
      if (r.maxConcurrent() > 0) slots.add(concurrency.slot(key, r.name(), r.maxConcurrent()));
    }
    if (rate.isEmpty()) {
      // No declared rate covers this request: charge an implicit per-host bucket that only the
      // server's answers (429s, Retry-After, Remaining: 0) can pause.
      rate.add(bucket("server|" + request.url().host() + ":" + request.url().port(), null, now));
    }
    if (rate.size() > 1) rate.sort(Comparator.comparingLong(b -> b.id));
    return new Charge(endpointLabel, List.copyOf(rate), List.copyOf(slots));
  }

  private boolean coveredByRateRule(Scope scope, PathTemplate[] matched) {
    for (int i = 0; i < matched.length; i++) {
      if (matched[i] == null) continue;
      Rule other = rules.get(i);
      if (!other.rates().isEmpty() && other.scope().equals(scope)) return true;
    }
    return false;
  }

  private static PathTemplate safeTemplate(Endpoint tag) {
    try {
      return PathTemplate.of(tag.method(), tag.template());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String scopeKey(Scope scope, Request request, Map<String, String> ruleVars, PathTemplate tagTemplate, String path) {
    switch (scope.kind()) {
      case APPLICATION:
        return "app";
      case CREDENTIAL: {
        String value = request.header(scope.name());
        return value == null ? "cred:none" : "cred:" + Hashing.credentialId(value);
      }
      case PATH_VARIABLE: {
        String v = ruleVars.get(scope.name());
        if (v != null && v.startsWith("{") && tagTemplate != null) {
          // Matched against a tag's template: read the value from the real path.
          Map<String, String> real = tagTemplate.matchAllowingPrefix(tagTemplate.method(), path);
          v = real == null ? null : real.get(scope.name());
        }
        return "var:" + (v == null ? "none" : v);
      }
      default: {
        String v;
        try {
          v = scope.keyFunction().apply(request);
        } catch (RuntimeException e) {
          log.warn("scope key function '{}' threw {}; using a shared key", scope.name(), e.getClass().getName());
          v = null;
        }
        return "custom:" + (v == null ? "none" : v);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newVarArray(int n) {
    return (Map<String, String>[]) new Map[n];
  }

  private RateBucket bucket(String key, Rule rule, long now) {
    return store.bucket(key, rule, now);
  }

  /** Buckets held in memory now. */
  public int bucketCount() {
    return store.size();
  }

  // ---------------------------------------------------------------- rate permits

  /**
   * Books rate permits for one attempt in every bucket of {@code charge} at once, at the
   * earliest instant all of them admit it, and says how long to wait.
   *
   * @throws WaitTooLongException if the wait would exceed {@code limitNanos}; nothing is booked
   */
  public Reservation reserve(Charge charge, long limitNanos) throws WaitTooLongException {
    while (true) {
      List<RateBucket> bs = charge.rateBuckets;
      int size = bs.size();
      for (int i = 0; i < size; i++) bs.get(i).lock.lock();
      try {
        if (anyRemoved(bs)) {
          charge = refresh(charge);
          continue;
        }
        long now = clock.nanoTime();
        long go = now;
        RateBucket limiting = null;
        long[] earliest = new long[size];
        for (int i = 0; i < size; i++) {
          long e = bs.get(i).earliest(now);
          earliest[i] = e;
          if (e > go) {
            go = e;
            limiting = bs.get(i);
          }
        }
        long wait = go - now;
        String limitingRule = limiting == null ? null : ruleName(limiting);
        if (wait > limitNanos) {
          Duration w = Duration.ofNanos(wait);
          listener.rejected(charge.endpoint, limitingRule, w);
          throw new WaitTooLongException(limitingRule, charge.endpoint, w, Duration.ofNanos(limitNanos));
        }
        // Book now only the buckets that set the wait. The others are booked when the call
        // wakes (confirm), so a call waiting on a slow bucket never holds a fast one.
        long[][] booked = new long[size][];
        int[] epochs = new int[size];
        long[] seqs = new long[size];
        for (int i = 0; i < size; i++) {
          RateBucket b = bs.get(i);
          epochs[i] = b.pauseEpoch;
          if (wait == 0 || earliest[i] >= go) {
            booked[i] = b.book(go);
            seqs[i] = b.bookings;
          }
        }
        return new Reservation(charge, go, wait, booked, epochs, seqs, limitingRule);
      } finally {
        for (int i = size - 1; i >= 0; i--) bs.get(i).lock.unlock();
      }
    }
  }

  private static boolean anyRemoved(List<RateBucket> bs) {
    for (RateBucket b : bs) if (b.removed) return true;
    return false;
  }

  /** The same charge with evicted buckets replaced by live ones. */
  private Charge refresh(Charge charge) {
    long now = clock.nanoTime();
    List<RateBucket> fresh = new ArrayList<>(charge.rateBuckets.size());
    for (RateBucket b : charge.rateBuckets) fresh.add(b.removed ? bucket(b.key, b.rule, now) : b);
    if (fresh.size() > 1) fresh.sort(Comparator.comparingLong(x -> x.id));
    return new Charge(charge.endpoint, List.copyOf(fresh), charge.slots);
  }

  /** Books with the engine's {@code maxWait}. */
  public Reservation reserve(Charge charge) throws WaitTooLongException {
    return reserve(charge, maxWaitNanos);
  }

  /** Gives back what an abandoned reservation can give back. */
  public void cancel(Reservation r) {
    List<RateBucket> bs = r.charge.rateBuckets;
    for (int i = 0; i < bs.size(); i++) {
      if (r.booked[i] == null) continue;
      RateBucket b = bs.get(i);
      b.lock.lock();
      try {
        b.unbook(r.booked[i]);
        r.booked[i] = null;
      } finally {
        b.lock.unlock();
      }
    }
  }

  /**
   * Called when the wait is over, just before sending: books the buckets that were not booked
   * up front. Returns false, booking nothing more, when a server pause since booking voids the
   * reservation or a bucket cannot admit the call now; the caller then cancels and reserves again.
   */
  public boolean confirm(Reservation r) {
    List<RateBucket> bs = r.charge.rateBuckets;
    int size = bs.size();
    for (int i = 0; i < size; i++) bs.get(i).lock.lock();
    try {
      long now = clock.nanoTime();
      for (int i = 0; i < size; i++) {
        RateBucket b = bs.get(i);
        if (b.removed || b.pauseEpoch != r.epochs[i]) return false;
        if (r.booked[i] == null && b.earliest(now) > now) return false;
      }
      for (int i = 0; i < size; i++) {
        if (r.booked[i] == null) {
          RateBucket b = bs.get(i);
          r.booked[i] = b.book(now);
          r.bookingSeq[i] = b.bookings;
        }
      }
      return true;
    } finally {
      for (int i = size - 1; i >= 0; i--) bs.get(i).lock.unlock();
    }
  }

  /** Reports a wait to the listener (only waits of at least a millisecond are reported). */
  public void reportWait(Charge charge, Reservation r, long waitedNanos) {
    if (waitedNanos >= 1_000_000L) {
      listener.waited(charge.endpoint, r.limitingRule == null ? "server" : r.limitingRule, Duration.ofNanos(waitedNanos));
    }
  }

  private static String ruleName(RateBucket b) {
    return b.rule == null ? "server" : b.rule.name();
  }

  // ---------------------------------------------------------------- concurrency

  /** Blocks for the charge's concurrency permits, bounded by maxWait. */
  public boolean acquireSlots(Charge charge, BooleanSupplier cancelled) throws InterruptedException, WaitTooLongException {
    if (charge.slots.isEmpty()) return true;
    if (concurrency.tryAcquire(charge.slots)) return true;
    boolean ok = concurrency.acquire(charge.slots, maxWaitNanos, cancelled);
    if (!ok && !cancelled.getAsBoolean()) {
      String rule = charge.slots.get(0).ruleName;
      listener.rejected(charge.endpoint, rule, maxWait);
      throw new WaitTooLongException(rule, charge.endpoint, maxWait, maxWait);
    }
    return ok;
  }

  /** Async form: runs {@code onGranted} when the permits are taken (maybe at once, on this thread). */
  public ConcurrencyLimiter.AsyncWaiter acquireSlotsAsync(Charge charge, Runnable onGranted) {
    return concurrency.acquireAsync(charge.slots, onGranted);
  }

  /** Withdraws a queued async request for permits; true if it had not been granted. */
  public boolean cancelSlots(ConcurrencyLimiter.AsyncWaiter waiter) {
    return concurrency.cancel(waiter);
  }

  /** Returns the charge's concurrency permits. */
  public void releaseSlots(Charge charge) {
    if (!charge.slots.isEmpty()) concurrency.release(charge.slots);
  }

  /** Permits held across all concurrency buckets (for tests and diagnostics). */
  public int permitsInFlight() {
    return concurrency.totalInFlight();
  }

  /** Concurrency caps whose counts are held in memory now: only those with calls in flight. */
  public int concurrencyCapsTracked() {
    return concurrency.trackedCaps();
  }

  // ---------------------------------------------------------------- feedback

  /**
   * Reads what {@code response} says about the limit into the charged buckets: a 429 (or 503
   * with a wait) pauses them; {@code Remaining}/{@code Reset} reconcile them; a learned limit
   * replaces the declared one where the rule allows. Returns the parsed signal.
   */
  public ServerSignal onResponse(Reservation reservation, Response response) {
    Charge charge = reservation.charge;
    long receivedWall = clock.wallMillis();
    long sentWall = receivedWall - Math.max(0, (clock.nanoTime() - reservation.goAtNanos) / 1_000_000L);
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
        for (RateBucket b : charge.rateBuckets) {
          if (asked != waitMillis) listener.pauseClipped(charge.endpoint, b.key, Duration.ofMillis(asked), Duration.ofMillis(waitMillis));
          b.lock.lock();
          try {
            b.pause(until);
          } finally {
            b.lock.unlock();
          }
          listener.pausedByServer(charge.endpoint, b.key, code, Duration.ofMillis(waitMillis));
        }
      } else if (code == 429 && waitMillis == ServerSignal.ABSENT) {
        // A bare 429: the server said "too many" but not until when. Pause each bucket for the
        // window it counts in, so every caller sharing it stops, not only this call.
        for (RateBucket b : charge.rateBuckets) {
          long pauseNanos = pauseWithoutHintNanos(b);
          if (pauseNanos <= 0) continue;
          b.lock.lock();
          try {
            b.pause(now + pauseNanos);
          } finally {
            b.lock.unlock();
          }
          listener.pausedByServer(charge.endpoint, b.key, code, Duration.ofNanos(pauseNanos));
        }
      }
    }
    if (s.isEmpty()) return s;
    for (int i = 0; i < charge.rateBuckets.size(); i++) {
      RateBucket b = charge.rateBuckets.get(i);
      b.lock.lock();
      try {
        learn(b, s);
        if (s.remaining() != ServerSignal.ABSENT && s.resetAfterMillis() != ServerSignal.ABSENT) {
          long resetAfter = Math.min(s.resetAfterMillis(), maxPauseMillis);
          if (resetAfter != s.resetAfterMillis() && s.remaining() == 0 && !throttled) {
            listener.pauseClipped(charge.endpoint, b.key, Duration.ofMillis(s.resetAfterMillis()), Duration.ofMillis(resetAfter));
          }
          long resetAt = now + resetAfter * 1_000_000L;
          // Calls booked after this one may not have reached the server when it counted:
          // assume they did not, so the bucket is never more optimistic than the server.
          long bookedSince = b.bookings - reservation.bookingSeq[i];
          b.reconcile(Math.max(0, s.remaining() - bookedSince), resetAt);
          if (s.remaining() == 0 && !throttled && resetAt > now) {
            b.pause(resetAt);
          }
        }
      } finally {
        b.lock.unlock();
      }
    }
    return s;
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
  private long pauseWithoutHintNanos(RateBucket b) {
    Duration configured = policy.pauseWithoutHint();
    if (configured != null) return saturatedNanos(configured);
    int idx = b.shortestRate();
    if (idx < 0) return UNDECLARED_PAUSE_WITHOUT_HINT_NANOS;
    return Math.min(saturatedNanos(b.declared(idx).period()), DEFAULT_MAX_PAUSE_WITHOUT_HINT_NANOS);
  }

  private void learn(RateBucket b, ServerSignal s) {
    if (b.rule == null || !b.rule.learnsFromHeaders()) return;
    int idx = b.shortestRate();
    if (idx < 0) return;
    long limit = s.limit();
    if (s.policyQuota() != ServerSignal.ABSENT && s.policyWindowMillis() != ServerSignal.ABSENT && s.policyWindowMillis() > 0) {
      // Scale the quota to the rule's shortest period.
      double perMilli = (double) s.policyQuota() / s.policyWindowMillis();
      limit = (long) Math.floor(perMilli * b.declared(idx).period().toMillis());
    }
    if (limit == ServerSignal.ABSENT || limit < 1 || limit > 10_000_000L) return;
    if (limit == b.learnedPermits) return;
    int declared = b.declared(idx).permits();
    b.learnedPermits = limit == declared ? 0 : limit;
    b.recompute((double) limit / declared);
    log.debug("bucket {} learned a limit of {} per {} from the server", b.key, limit, b.declared(idx).period());
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /** Shields Pacer from listeners that throw. */
  private static final class SafeListener implements PacerListener {
    private final PacerListener delegate;

    SafeListener(PacerListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void waited(String endpoint, String rule, Duration wait) {
      log.debug("{} waited {} ms under rule '{}'", endpoint, wait.toMillis(), rule);
      try {
        delegate.waited(endpoint, rule, wait);
      } catch (RuntimeException e) {
        log.warn("PacerListener.waited threw", e);
      }
    }

    @Override
    public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
      log.debug("{} answered {}: bucket {} paused for {} ms", endpoint, status, bucket, pause.toMillis());
      try {
        delegate.pausedByServer(endpoint, bucket, status, pause);
      } catch (RuntimeException e) {
        log.warn("PacerListener.pausedByServer threw", e);
      }
    }

    @Override
    public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
      log.warn("{} asked to pause bucket {} for {} ms; paused for the bound, {} ms", endpoint, bucket, requested.toMillis(), applied.toMillis());
      try {
        delegate.pauseClipped(endpoint, bucket, requested, applied);
      } catch (RuntimeException e) {
        log.warn("PacerListener.pauseClipped threw", e);
      }
    }

    @Override
    public void retrying(String endpoint, int attempt, Duration delay, String reason) {
      log.debug("{} attempt {} failed ({}); retrying in {} ms", endpoint, attempt, reason, delay.toMillis());
      try {
        delegate.retrying(endpoint, attempt, delay, reason);
      } catch (RuntimeException e) {
        log.warn("PacerListener.retrying threw", e);
      }
    }

    @Override
    public void gaveUp(String endpoint, int attempts, String reason) {
      log.debug("{} gave up after {} attempt(s): {}", endpoint, attempts, reason);
      try {
        delegate.gaveUp(endpoint, attempts, reason);
      } catch (RuntimeException e) {
        log.warn("PacerListener.gaveUp threw", e);
      }
    }

    @Override
    public void rejected(String endpoint, String rule, Duration wait) {
      log.debug("{} rejected: rule '{}' would make it wait {} ms", endpoint, rule, wait.toMillis());
      try {
        delegate.rejected(endpoint, rule, wait);
      } catch (RuntimeException e) {
        log.warn("PacerListener.rejected threw", e);
      }
    }
  }
}
