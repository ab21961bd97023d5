package dev.pacer.testkit.internal;

import dev.pacer.testkit.FaultInjection;
import dev.pacer.testkit.FaultKind;
import dev.pacer.time.PacerClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The socket-free heart of a sandbox: takes each request, injects faults, asks the
 * {@link VendorModel} which limits apply, admits or rejects with the {@link LimitBook}, and
 * returns the vendor's reply with a {@code Date} from the sandbox clock (the injected clock plus
 * the configured offset). Logs every request with credentials hashed. Thread-safe.
 */
public final class SandboxEngine {
  /** The bucket name of the limit set with {@link Builder#undeclaredLimit}. */
  public static final String UNDECLARED_BUCKET = "undeclared";

  private final VendorModel model;
  private final PacerClock clock;
  private final long offsetMillis;
  private final Limit undeclared;
  private final FaultPlan faultPlan;
  private final int requestLogLimit;
  private final LimitBook book = new LimitBook();

  private final ArrayDeque<LogEntry> log = new ArrayDeque<>();
  private final EnumMap<FaultKind, Long> faultCounts = new EnumMap<>(FaultKind.class);
  private long totalRequests;

  private SandboxEngine(Builder builder, VendorModel model) {
    this.model = model;
    this.clock = builder.clock;
    this.offsetMillis = builder.clockOffset.toMillis();
    this.undeclared = builder.undeclaredPermits > 0
        ? model.undeclaredLimit(builder.undeclaredPermits, builder.undeclaredPeriod)
        : null;
    this.faultPlan = new FaultPlan(builder.faults);
    this.requestLogLimit = builder.requestLogLimit;
    for (FaultKind kind : FaultKind.values()) {
      faultCounts.put(kind, 0L);
    }
  }

  /** A builder of engines; {@link Builder#build(VendorModel)} names the vendor model. */
  public static Builder builder() {
    return new Builder();
  }

  /** The sandbox clock now, in epoch milliseconds: the injected clock plus the offset. */
  public long nowMillis() {
    return clock.wallMillis() + offsetMillis;
  }

  /** The vendor model. */
  public VendorModel model() {
    return model;
  }

  /** How far the sandbox clock is ahead of the injected clock (negative: behind). */
  public Duration clockOffset() {
    return Duration.ofMillis(offsetMillis);
  }

  /** Handles one request; the caller must release the reply's lease once its body is sent. */
  public Reply handle(Exchange exchange) {
    Objects.requireNonNull(exchange, "exchange == null");
    long now = nowMillis();
    FaultKind fault = faultPlan.next();
    Reply reply;
    Admission admission = null;
    if (fault == FaultKind.SERVICE_UNAVAILABLE_503) {
      reply = Reply.builder(503)
          .header("Retry-After", "1")
          .header("Content-Type", "text/plain; charset=utf-8")
          .body("Service Unavailable")
          .build();
    } else {
      List<Limit> limits = new ArrayList<>(model.limits(exchange));
      if (undeclared != null) {
        limits.add(undeclared);
      }
      admission = book.tryAdmit(limits, now);
      try {
        reply = admission.admitted()
            ? model.admitted(exchange, admission, now).newBuilder().lease(admission.lease()).build()
            : rejected(exchange, admission, now);
      } catch (RuntimeException | Error e) {
        admission.lease().release();
        throw e;
      }
      if (fault == FaultKind.MALFORMED_RATE_LIMIT_HEADERS) {
        reply = malformed(reply);
      } else if (fault == FaultKind.DROP_CONNECTION) {
        admission.lease().release();
        reply = Reply.builder(0).kind(Reply.Kind.DROP).build();
      }
      if (!admission.admitted() && reply.status() == 429) {
        book.recordRejection(admission.rejectedBy().bucket());
      }
    }
    if (reply.kind() != Reply.Kind.DROP) {
      reply = reply.newBuilder().setHeader("Date", HttpDates.format(now)).build();
    }
    record(exchange, reply, now, admission, fault);
    return reply;
  }

  private Reply rejected(Exchange exchange, Admission admission, long now) {
    Reply reply = model.rejected(exchange, admission, now);
    if (admission.rejectedBy() == undeclared) {
      long seconds = admission.window(UNDECLARED_BUCKET).secondsUntilReset(now);
      reply = reply.newBuilder().setHeader("Retry-After", Long.toString(seconds)).build();
    }
    return reply;
  }

  private static Reply malformed(Reply reply) {
    Reply.Builder builder = reply.newBuilder()
        .setHeader("X-RateLimit-Limit", "unlimited")
        .setHeader("X-RateLimit-Remaining", "-3.5")
        .setHeader("X-RateLimit-Reset", "soon");
    if (reply.status() == 429) {
      builder.setHeader("Retry-After", "whenever");
    }
    return builder.build();
  }

  private synchronized void record(
      Exchange exchange, Reply reply, long now, Admission admission, FaultKind fault) {
    totalRequests++;
    if (fault != null) {
      faultCounts.merge(fault, 1L, Long::sum);
    }
    if (requestLogLimit == 0) {
      return;
    }
    if (log.size() == requestLogLimit) {
      log.removeFirst();
    }
    log.addLast(new LogEntry(
        exchange.method(),
        exchange.path(),
        Secrets.redact(exchange.headers()),
        reply.status(),
        now,
        admission == null ? List.of() : admission.buckets(),
        admission == null || admission.admitted() ? null : admission.rejectedBy().bucket(),
        fault));
  }

  /** Everything counted so far. */
  public StatsSnapshot stats() {
    Map<String, BucketSnapshot> buckets = book.snapshot();
    long count429 = book.rejections();
    synchronized (this) {
      return new StatsSnapshot(
          buckets, count429, Map.copyOf(faultCounts), totalRequests, List.copyOf(log));
    }
  }

  /** Rejects an undeclared limit of fewer than one permit or a period under a millisecond. */
  public static void checkUndeclaredLimit(int permits, Duration period) {
    Objects.requireNonNull(period, "period == null");
    if (permits < 1) {
      throw new IllegalArgumentException("permits < 1: " + permits);
    }
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("period < 1ms: " + period);
    }
  }

  /**
   * Configures {@link SandboxEngine}s. {@link #build(VendorModel)} copies the settings, so one
   * builder can build many independent engines; give each engine a model of its own, never one
   * shared with another engine. Not thread-safe.
   */
  public static final class Builder {
    private PacerClock clock = PacerClock.system();
    private Duration clockOffset = Duration.ZERO;
    private FaultInjection faults = FaultInjection.none();
    private int undeclaredPermits;
    private Duration undeclaredPeriod;
    private int requestLogLimit = 100_000;

    private Builder() {}

    /** The clock the windows and {@code Date} follow. Default: the system clock. */
    public Builder clock(PacerClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How far the sandbox clock is ahead of {@link #clock} (negative: behind). Default 0. */
    public Builder clockOffset(Duration clockOffset) {
      this.clockOffset = Objects.requireNonNull(clockOffset, "clockOffset == null");
      return this;
    }

    /** The faults to inject. Default none. */
    public Builder faults(FaultInjection faults) {
      this.faults = Objects.requireNonNull(faults, "faults == null");
      return this;
    }

    /** An extra application-wide limit the vendor does not declare. Default none. */
    public Builder undeclaredLimit(int permits, Duration period) {
      checkUndeclaredLimit(permits, period);
      this.undeclaredPermits = permits;
      this.undeclaredPeriod = period;
      return this;
    }

    /** How many recent requests the log keeps; 0 keeps none. Default 100,000. */
    public Builder requestLogLimit(int requestLogLimit) {
      if (requestLogLimit < 0) {
        throw new IllegalArgumentException("requestLogLimit < 0: " + requestLogLimit);
      }
      this.requestLogLimit = requestLogLimit;
      return this;
    }

    /** An engine modelling {@code model} with these settings; give each engine a fresh model. */
    public SandboxEngine build(VendorModel model) {
      return new SandboxEngine(this, Objects.requireNonNull(model, "model == null"));
    }
  }
}
