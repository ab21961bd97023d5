package dev.pacer.bench.goodput;

import dev.pacer.testkit.internal.NoDelayServerSocketFactory;
import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.Protocol;

/**
 * A loopback server for the limits the testkit sandbox does not model: one application-wide
 * limit ({@link Kind#SLIDING} window log, nginx {@code limit_req} {@link Kind#LEAKY} bucket, or
 * epoch-aligned {@link Kind#FIXED} windows) and optional faults: a share of answers
 * {@code 503 Retry-After: 1} before anything is done, and a share of connections closed without
 * an answer, some of them after the request was applied. It counts, per the harness's call id
 * header {@value #CALL_ID}, how many times it applied each POST. Every answer carries a
 * {@code Date}. Thread-safe.
 */
final class LimitServer implements BenchServer {
  /** The harness's per-call id; retries of one call carry the same id. */
  static final String CALL_ID = "X-Bench-Call";

  /** How the server counts. */
  enum Kind { SLIDING, LEAKY, FIXED }

  /** What a refusal says about when to come back. */
  enum Refusal {
    /** {@code 429} with {@code Retry-After: 1}. */
    RETRY_AFTER_SECONDS,
    /** {@code 429} with {@code Retry-After} as an HTTP-date: the server's now plus 1 s, truncated to the second. */
    RETRY_AFTER_DATE,
    /** {@code 429} and nothing else (nginx's {@code limit_req_status 429}). */
    BARE
  }

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final Spec spec;
  private final PacerClock clock;
  private final MockWebServer server = new MockWebServer();
  private final SlidingWindow sliding;
  private final LeakyBucket leaky;
  private final FixedWindow fixed;
  private final SplittableRandom random;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong unavailable = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final Map<String, AtomicInteger> appliedPosts = new ConcurrentHashMap<>();
  private final java.util.ArrayDeque<Arrival> arrivals = new java.util.ArrayDeque<>();
  /**
   * {@link Kind#LEAKY} only: per request, how much later than the earliest instant the bucket
   * would admit it it arrived, in microseconds on the server's clock (negative: early), and 1 if
   * admitted, 0 if refused; guarded by this. At most {@link #ARRIVALS_KEPT}.
   */
  private final java.util.ArrayList<long[]> slack = new java.util.ArrayList<>();
  /** {@link Kind#LEAKY} only: when the last admitted request arrived; guarded by this. */
  private long lastAdmittedNanos = Long.MIN_VALUE;

  /**
   * What a {@link LimitServer} enforces: {@code permits} per {@code periodMillis} counted as
   * {@code kind} ({@code burst} for {@link Kind#LEAKY} only), refused as {@code refusal};
   * {@code unavailableRate} of requests answered 503 first, {@code dropRate} of admitted ones
   * dropped, {@code dropAppliedShare} of those after being applied; draws seeded by {@code seed}.
   */
  record Spec(Kind kind, int permits, long periodMillis, int burst, Refusal refusal,
      double unavailableRate, double dropRate, double dropAppliedShare, long seed) {
    Spec {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(refusal, "refusal == null");
      if (permits < 1) throw new IllegalArgumentException("permits < 1: " + permits);
      if (periodMillis < 1) throw new IllegalArgumentException("periodMillis < 1: " + periodMillis);
      if (kind == Kind.LEAKY && periodMillis != 1000) {
        throw new IllegalArgumentException("a leaky bucket is set in requests per second: " + periodMillis);
      }
      for (double p : new double[] {unavailableRate, dropRate, dropAppliedShare}) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probability not in [0, 1]: " + p);
      }
    }

    /** A server that only enforces the limit. */
    static Spec limit(Kind kind, int permits, long periodMillis, int burst, Refusal refusal) {
      return new Spec(kind, permits, periodMillis, burst, refusal, 0, 0, 0, 0);
    }

    /** The same limit with faults. */
    Spec withFaults(double unavailable, double drops, double droppedAfterApplying, long seed) {
      return new Spec(kind, permits, periodMillis, burst, refusal, unavailable, drops, droppedAfterApplying, seed);
    }
  }

  LimitServer(Spec spec, PacerClock clock) {
    this.spec = Objects.requireNonNull(spec, "spec == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sliding = spec.kind() == Kind.SLIDING
        ? new SlidingWindow(spec.permits(), TimeUnit.MILLISECONDS.toNanos(spec.periodMillis())) : null;
    this.leaky = spec.kind() == Kind.LEAKY ? new LeakyBucket(spec.permits(), spec.burst()) : null;
    this.fixed = spec.kind() == Kind.FIXED ? new FixedWindow(spec.permits(), spec.periodMillis()) : null;
    this.random = new SplittableRandom(spec.seed());
    server.setProtocols(List.of(Protocol.HTTP_1_1));
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        drainRecorded();
        return answer(request.getMethod(), request.getHeaders().get(CALL_ID));
      }
    });
  }

  /** Starts a server for {@code spec} on a free loopback port, on the system clock. */
  static LimitServer start(Spec spec) {
    LimitServer s = new LimitServer(spec, PacerClock.system());
    try {
      s.server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the limit server", e);
    }
    return s;
  }

  /** The decision for one request; public to the package so tests can drive it without sockets. */
  MockResponse answer(String method, String callId) {
    MockResponse response = decide(method, callId);
    int status = response.getOnResponseStart() != null ? 0 : response.getCode();
    synchronized (arrivals) {
      if (arrivals.size() == ARRIVALS_KEPT) arrivals.pollFirst();
      arrivals.addLast(new Arrival(clock.wallMillis(), status));
    }
    return response;
  }

  private MockResponse decide(String method, String callId) {
    requests.incrementAndGet();
    long wall = clock.wallMillis();
    MockResponse.Builder response = new MockResponse.Builder()
        .setHeader("Date", HTTP_DATE.format(Instant.ofEpochMilli(wall)));
    boolean drop;
    boolean applyBeforeDrop;
    synchronized (this) {
      if (spec.unavailableRate() > 0 && random.nextDouble() < spec.unavailableRate()) {
        unavailable.incrementAndGet();
        return response.code(503).setHeader("Retry-After", "1").body("{\"error\":\"unavailable\"}").build();
      }
      if (!admit(clock.nanoTime(), wall)) {
        refused.incrementAndGet();
        switch (spec.refusal()) {
          case RETRY_AFTER_SECONDS -> response.setHeader("Retry-After", "1");
          case RETRY_AFTER_DATE -> response.setHeader("Retry-After", HTTP_DATE.format(Instant.ofEpochMilli(wall + 1_000)));
          case BARE -> { }
          default -> throw new AssertionError(spec.refusal());
        }
        return response.code(429).body("{\"error\":\"too many requests\"}").build();
      }
      drop = spec.dropRate() > 0 && random.nextDouble() < spec.dropRate();
      applyBeforeDrop = drop && random.nextDouble() < spec.dropAppliedShare();
    }
    if (drop) {
      dropped.incrementAndGet();
      if (applyBeforeDrop) apply(method, callId);
      return response.onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build();
    }
    apply(method, callId);
    return response.code(200).body("{\"ok\":true}").build();
  }

  private boolean admit(long nanos, long wallMillis) {
    return switch (spec.kind()) {
      case SLIDING -> sliding.admit(nanos);
      case LEAKY -> admitLeaky(nanos);
      case FIXED -> fixed.admit(wallMillis);
    };
  }

  /**
   * The leaky bucket's decision, recording the request's slack: its arrival minus the earliest
   * instant the bucket would admit it (the last admitted arrival plus the whole milliseconds it
   * needs), in microseconds of real time. The bucket itself works in whole milliseconds, as nginx
   * does, so a request up to a millisecond early may still be admitted.
   */
  private boolean admitLeaky(long nanos) {
    long need = leaky.neededGapMillis();
    boolean admitted = leaky.admit(TimeUnit.NANOSECONDS.toMillis(nanos));
    if (lastAdmittedNanos != Long.MIN_VALUE && slack.size() < ARRIVALS_KEPT) {
      long micros = (nanos - lastAdmittedNanos) / 1_000 - need * 1_000;
      slack.add(new long[] {micros, admitted ? 1 : 0});
    }
    if (admitted) lastAdmittedNanos = nanos;
    return admitted;
  }

  /**
   * For a leaky bucket, for {@code --diagnostic}: how each request's arrival compared with the
   * earliest instant the bucket would admit it (its slack; negative is early), as counts of
   * admitted and refused requests per slack range, and the refused ones' slacks. Empty for other
   * kinds.
   */
  @Override
  public synchronized String arrivalSlack() {
    if (leaky == null || slack.isEmpty()) return "";
    long[] bounds = {Long.MIN_VALUE, -2_000, -1_000, 0, 500, 1_000, 2_000, 5_000, 20_000, Long.MAX_VALUE};
    String[] names = {"< -2 ms", "-2..-1 ms", "-1..0 ms", "0..0.5 ms", "0.5..1 ms", "1..2 ms", "2..5 ms", "5..20 ms", ">= 20 ms"};
    int[][] counts = new int[2][names.length];
    StringBuilder refusedSlack = new StringBuilder();
    int shown = 0;
    for (long[] s : slack) {
      int i = 0;
      while (s[0] >= bounds[i + 1]) i++;
      counts[(int) s[1]][i]++;
      if (s[1] == 0 && shown++ < 20) refusedSlack.append(' ').append(String.format(Locale.ROOT, "%.2f", s[0] / 1000.0));
    }
    StringBuilder b = new StringBuilder("  arrival slack at the server (arrival minus the earliest admissible instant; admitted/refused):\n   ");
    for (int i = 0; i < names.length; i++) {
      if (counts[0][i] + counts[1][i] == 0) continue;
      b.append(' ').append(names[i]).append(": ").append(counts[1][i]).append('/').append(counts[0][i]).append(';');
    }
    b.append('\n');
    if (refusedSlack.length() > 0) b.append("  refused requests' slack (ms):").append(refusedSlack).append('\n');
    return b.toString();
  }

  private void apply(String method, String callId) {
    if ("POST".equals(method) && callId != null) {
      appliedPosts.computeIfAbsent(callId, id -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** MockWebServer queues every request for takeRequest(); drop them to keep memory flat. */
  private void drainRecorded() {
    try {
      server.takeRequest(0L, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public HttpUrl url(String path) {
    return server.url(path);
  }

  @Override
  public long serverTimeMillis() {
    return clock.wallMillis();
  }

  @Override
  public long requestCount() {
    return requests.get();
  }

  @Override
  public long count429() {
    return refused.get();
  }

  /** 503s answered. */
  long count503() {
    return unavailable.get();
  }

  /** Connections closed without an answer. */
  long dropCount() {
    return dropped.get();
  }

  @Override
  public List<Arrival> arrivals() {
    synchronized (arrivals) {
      return List.copyOf(arrivals);
    }
  }

  @Override
  public long postsAppliedTwice() {
    return appliedPosts.values().stream().filter(n -> n.get() > 1).count();
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "LimitServer{" + spec + " at " + server.url("/") + "}";
  }
}
