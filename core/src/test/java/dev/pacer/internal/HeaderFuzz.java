package dev.pacer.internal;

import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Runs hostile answers from {@link HostileHeaders} through Pacer's whole decision path without a
 * network: classification, rate and concurrency permits, header parsing, feedback into the
 * buckets, the retry decision and the listener, one {@link Admission} per case, driven on a
 * {@link ManualClock} that jumps to each wait's end. Counts what must never happen: an unchecked
 * exception, a call that does not end, a call that outlives its bounds, a listener call with a
 * null or negative argument, a permit left behind. Shared by {@code HeaderFuzzTest} and the
 * bench-mode run.
 */
public final class HeaderFuzz {
  /** Virtual bounds, small so that a case never needs more than a few steps. */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(2);
  static final Duration MAX_PAUSE = Duration.ofSeconds(3);
  static final Duration MAX_WAIT = Duration.ofSeconds(4);
  private static final int MAX_STEPS = 64;
  private static final MediaType JSON = MediaType.get("application/json");

  private HeaderFuzz() {
  }

  /** What a run counted; every field after {@code cases}, {@code responses} and {@code failures} must be 0. */
  public record Result(long cases, long responses, long failures, long unchecked, long unended, long overBound,
      long listenerViolations, long permitsLeft, List<String> examples) {
    /** True when nothing that must never happen happened. */
    public boolean clean() {
      return unchecked == 0 && unended == 0 && overBound == 0 && listenerViolations == 0 && permitsLeft == 0;
    }

    @Override
    public String toString() {
      return "cases=" + cases + " responses=" + responses + " failures(checked)=" + failures + " unchecked=" + unchecked
          + " unended=" + unended + " overBound=" + overBound + " listenerViolations=" + listenerViolations
          + " permitsLeft=" + permitsLeft + (examples.isEmpty() ? "" : " examples=" + examples);
    }
  }

  /** Runs {@code cases} cases from {@code seed}, cycling through every {@link ResetFormat}. */
  public static Result run(long seed, int cases) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ResetFormat[] formats = ResetFormat.values();
    AtomicLong violations = new AtomicLong();
    List<String> examples = new ArrayList<>();
    ManualClock[] clocks = new ManualClock[formats.length];
    Engine[] engines = new Engine[formats.length];
    RetryLogic[] retries = new RetryLogic[formats.length];
    RetryConfig config = RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofMillis(400)).maxRetryAfter(MAX_RETRY_AFTER).maxTotalTime(Duration.ofSeconds(8)).build();
    for (int i = 0; i < formats.length; i++) {
      clocks[i] = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
      engines[i] = new Engine(policy(formats[i]), clocks[i], checking(violations, examples), MAX_WAIT,
          dev.pacer.store.BucketStore.inMemory(1_000), MAX_PAUSE, null, null);
      SplittableRandom jitter = rnd.split();
      retries[i] = new RetryLogic(engines[i], config, bound -> jitter.nextLong(bound + 1));
    }
    long responses = 0;
    long failures = 0;
    long unchecked = 0;
    long unended = 0;
    long overBound = 0;
    for (int c = 0; c < cases; c++) {
      int f = c % formats.length;
      ManualClock clock = clocks[f];
      Engine engine = engines[f];
      Request request = request(rnd);
      try {
        Admission a = new Admission(engine, retries[f], request, CALL_TIMEOUT.toNanos(), () -> { });
        long start = clock.nanoTime();
        Admission.Step step = a.start();
        int steps = 0;
        while (step.kind != Admission.Step.Kind.DONE && steps++ < MAX_STEPS) {
          if (step.kind == Admission.Step.Kind.WAIT) {
            long left = step.untilNanos - clock.nanoTime();
            if (left > 0) clock.advanceNanos(left);
            step = a.resume();
          } else {
            HostileHeaders.Answer answer = HostileHeaders.next(rnd, clock.wallMillis());
            step = a.onResponse(response(a.request(), answer, clock.wallMillis()));
          }
        }
        long elapsed = clock.nanoTime() - start;
        if (step.kind != Admission.Step.Kind.DONE) {
          unended++;
          note(examples, "case " + c + " did not end in " + MAX_STEPS + " steps: " + a);
        } else if (elapsed > CALL_TIMEOUT.toNanos()) {
          overBound++;
          note(examples, "case " + c + " took " + Duration.ofNanos(elapsed) + " of virtual time");
        }
        Response r = a.response();
        IOException e = a.failure();
        if ((r == null) == (e == null)) {
          unended++;
          note(examples, "case " + c + " ended with response " + r + " and failure " + e);
        }
        if (r != null) {
          responses++;
          r.close();
        }
        if (e != null) failures++;
      } catch (RuntimeException | Error e) {
        unchecked++;
        note(examples, "case " + c + " (seed " + seed + "): " + e);
      }
    }
    long permitsLeft = 0;
    for (Engine e : engines) permitsLeft += e.permitsInFlight();
    return new Result(cases, responses, failures, unchecked, unended, overBound, violations.get(), permitsLeft,
        List.copyOf(examples));
  }

  static void note(List<String> examples, String what) {
    synchronized (examples) {
      if (examples.size() < 5) examples.add(what);
    }
  }

  private static RateLimitPolicy policy(ResetFormat format) {
    return RateLimitPolicy.builder("fuzz-" + format)
        .resetFormat(format)
        .rule(Rule.builder("items").endpoint("* /items").rate(Rate.perSecond(5)).learnFromHeaders().build())
        .rule(Rule.builder("slots").endpoint("* /items").maxConcurrent(2).build())
        .build();
  }

  private static Request request(SplittableRandom rnd) {
    Request.Builder b = new Request.Builder().url("https://api.example.com/items");
    switch (rnd.nextInt(4)) {
      case 0: return b.post(RequestBody.create("{}", JSON)).build();
      case 1: return b.post(RequestBody.create("{}", JSON)).header("Idempotency-Key", "k" + rnd.nextInt(1_000)).build();
      case 2: return b.put(RequestBody.create("{}", JSON)).build();
      default: return b.get().build();
    }
  }

  private static Response response(Request request, HostileHeaders.Answer answer, long nowMillis) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(answer.status())
        .message("fuzz")
        .headers(answer.headers())
        .body(ResponseBody.create("", JSON))
        .sentRequestAtMillis(nowMillis)
        .receivedResponseAtMillis(nowMillis)
        .build();
  }

  /**
   * A listener that counts (and notes the first few of) calls with a null argument, a negative
   * duration, or a server pause beyond {@link #MAX_PAUSE}.
   */
  public static PacerListener checking(AtomicLong violations, List<String> examples) {
    return new PacerListener() {
      private void check(String event, Object... args) {
        for (Object a : args) {
          if (a == null || (a instanceof Duration && ((Duration) a).isNegative())) {
            violations.incrementAndGet();
            note(examples, event + " got " + java.util.Arrays.toString(args));
            return;
          }
        }
      }

      @Override
      public void waited(String endpoint, String rule, Duration wait) {
        check("waited", endpoint, rule, wait);
      }

      @Override
      public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
        check("pausedByServer", endpoint, bucket, pause);
        if (pause.compareTo(MAX_PAUSE) > 0) check("pausedByServer beyond maxPause", (Object) null);
      }

      @Override
      public void retrying(String endpoint, int attempt, Duration delay, String reason) {
        check("retrying", endpoint, delay, reason);
      }

      @Override
      public void gaveUp(String endpoint, int attempts, String reason) {
        check("gaveUp", endpoint, reason);
      }

      @Override
      public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
        check("pauseClipped", endpoint, bucket, requested, applied);
      }

      @Override
      public void rejected(String endpoint, String rule, Duration wait) {
        check("rejected", endpoint, rule, wait);
      }
    };
  }
}
