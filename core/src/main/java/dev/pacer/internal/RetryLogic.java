package dev.pacer.internal;

import dev.pacer.PacerException;
import dev.pacer.RetryConfig;
import dev.pacer.ServerRetryTooLongException;
import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.LongUnaryOperator;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Decides, after each attempt, whether a call tries again and after how long. Shared by the
 * retry interceptor and the call factory, so both drivers follow one set of rules:
 *
 * <ul>
 *   <li>429, and 503 with a server wait: wait what the server said ({@code Retry-After}, else
 *       the rate-limit reset when nothing remains); without either, the pause the throttle put
 *       on the call's buckets (the retry is re-admitted through them), else back off. While attempts remain, a
 *       wait above {@link RetryConfig#maxRetryAfter()} or beyond the call's remaining time
 *       fails at once with {@link ServerRetryTooLongException}; on the last attempt the response
 *       reaches the caller as it came. A 429, and a 503 carrying {@code Retry-After}, mean the
 *       server did not process the request (RFC 9110 §15.6.4, RFC 6585 §4), so any request
 *       whose body can be sent again is retried, whatever its method; a bare 503 only when safe.
 *   <li>Other 5xx and 408, and network failures: only requests safe to replay (idempotent
 *       method, or the policy's idempotency-key header present), with exponential backoff and
 *       full jitter above a floor of {@link RetryConfig#initialBackoff()}.
 *   <li>Never after an interrupt, a cancel, or Pacer's own refusal; never a one-shot body.
 * </ul>
 *
 * <p>Every time it declines to retry an outcome of those kinds (not safe to replay, out of
 * attempts or time, a wait too long) the listener hears {@code gaveUp} with a reason from a
 * short fixed vocabulary (no durations, no values), so reasons are safe as metric tags.
 *
 * <p>State (attempt number, elapsed time) belongs to the caller: one call, one count.
 */
final class RetryLogic {
  /** What to do after an attempt. */
  static final class Decision {
    static final Decision STOP = new Decision(-1, null);
    final long delayNanos;
    final String reason;

    private Decision(long delayNanos, String reason) {
      this.delayNanos = delayNanos;
      this.reason = reason;
    }

    static Decision retryAfter(long delayNanos, String reason) {
      return new Decision(delayNanos, reason);
    }

    boolean retry() {
      return delayNanos >= 0;
    }
  }

  private final Engine engine;
  private final RetryConfig config;
  private final IntervalFunction backoffCap;
  private final LongUnaryOperator jitter; // bound -> uniform value in [0, bound]
  private final RetryBudget budget;

  RetryLogic(Engine engine, RetryConfig config, LongUnaryOperator jitter) {
    this.engine = engine;
    this.config = config;
    this.budget = engine.retryBudget(config.retryBudget());
    this.backoffCap = IntervalFunction.ofExponentialBackoff(config.initialBackoff(), 2.0, config.maxBackoff());
    this.jitter = jitter;
  }

  RetryConfig config() {
    return config;
  }

  static boolean isIdempotentMethod(String method) {
    switch (method) { // RFC 9110's idempotent methods; a switch, not a set lookup: once per call
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
      case "TRACE":
        return true;
      default:
        return false;
    }
  }

  /** True when sending {@code request} twice cannot do harm and its body can be sent again. */
  static boolean isReplayable(Request request, String idempotencyKeyHeader) {
    if (!canResend(request)) return false;
    return isIdempotentMethod(request.method()) || request.header(idempotencyKeyHeader) != null;
  }

  /** True when the body (if any) can be written again. */
  static boolean canResend(Request request) {
    RequestBody body = request.body();
    return body == null || !body.isOneShot();
  }

  /**
   * The backoff before retry number {@code attempt} (1-based): uniform between the floor
   * {@link RetryConfig#initialBackoff()} and a cap that doubles per retry from twice the floor
   * ({@code 2x, 4x, 8x...}), at most {@link RetryConfig#maxBackoff()}. Never below the floor, so
   * a missing or unreadable hint never turns into an instant retry; jittered from the first
   * retry on, so callers that failed together do not retry together.
   */
  long backoffNanos(int attempt) {
    long capMillis = backoffCap.apply(Math.min(attempt, 62) + 1);
    long floorMillis = config.initialBackoff().toMillis();
    long spread = Math.max(0, capMillis - floorMillis);
    long millis = floorMillis + (spread == 0 ? 0 : jitter.applyAsLong(spread));
    return saturatedNanos(Duration.ofMillis(millis));
  }

  /**
   * After a response: {@code outcome} is what the engine read from it (the skew-corrected
   * signal), so the headers are not parsed again here.
   */
  Decision afterResponse(Request request, int code, ServerOutcome outcome, int attempt, long elapsedNanos, String endpoint)
      throws ServerRetryTooLongException {
    ServerSignal s = null;
    boolean throttle = code == 429 || (outcome.throttled && code != 503); // a vendor's own throttle answer counts as a 429
    // A 503 that says when to come back (Retry-After) means, like a 429, that the server did not
    // process the request: it is resent whatever its method, if its body can be written again.
    boolean refusedUnprocessed = code == 503 && outcome.signal.retryAfterMillis() != ServerSignal.ABSENT;
    if (throttle || refusedUnprocessed) {
      if (!canResend(request)) return stop(endpoint, attempt, code + (throttle ? " (throttled)" : " with Retry-After") + " on a one-shot body");
      s = outcome.signal;
    } else if (code == 503 || code == 502 || code == 504 || code == 500 || code == 408) {
      if (!isReplayable(request, engine.policy().idempotencyKeyHeader())) return stop(endpoint, attempt, code + " on a request not safe to replay");
      if (code == 503) s = outcome.signal;
    } else {
      if (code < 500) budget.succeeded();
      return Decision.STOP;
    }
    String status = String.valueOf(code);
    // Out of attempts, the caller gets this response as it came, whatever it asks for.
    if (attempt >= config.maxAttempts()) return stop(endpoint, attempt, status + ", attempts exhausted");
    long serverWaitMillis = s == null ? ServerSignal.ABSENT : s.waitMillis();
    if (throttle && serverWaitMillis == ServerSignal.ABSENT && s.resetAfterMillis() != ServerSignal.ABSENT) {
      serverWaitMillis = s.resetAfterMillis();
    }
    long remainingNanos = saturatedNanos(config.maxTotalTime()) - elapsedNanos;
    if (serverWaitMillis != ServerSignal.ABSENT) {
      Duration serverWait = Duration.ofMillis(serverWaitMillis);
      if (serverWait.compareTo(config.maxRetryAfter()) > 0) {
        giveUp(endpoint, attempt, status + ", server wait above maxRetryAfter");
        throw new ServerRetryTooLongException(endpoint, code, serverWait, config.maxRetryAfter());
      }
      long waitNanos = saturatedNanos(serverWait);
      if (waitNanos > remainingNanos) {
        giveUp(endpoint, attempt, status + ", server wait beyond the call's remaining time");
        throw new ServerRetryTooLongException(endpoint, code, serverWait, Duration.ofNanos(Math.max(0, remainingNanos)));
      }
      return charged(Decision.retryAfter(waitNanos, status + " with server wait"), throttle, endpoint, attempt);
    }
    Decision later;
    if (throttle && outcome.pausedWithoutHintNanos >= 0) {
      // The buckets the throttle concerns are paused: the retry waits that pause, then is
      // re-admitted through them in line with every other caller. A backoff on top would only
      // put it last.
      later = Decision.retryAfter(outcome.pausedWithoutHintNanos, status + " after the bucket's pause");
    } else {
      later = Decision.retryAfter(backoffNanos(attempt), status + " with backoff");
    }
    if (later.delayNanos > remainingNanos) return stop(endpoint, attempt, status + ", out of time");
    return charged(later, throttle, endpoint, attempt);
  }

  /**
   * {@code retry}, paid from the retry budget unless it follows a throttle: a throttle's retry
   * waits what the server or the paused bucket says, in line with every caller, so it cannot
   * multiply the load the budget guards against.
   */
  private Decision charged(Decision retry, boolean throttle, String endpoint, int attempt) {
    return throttle ? retry : afford(retry, endpoint, attempt);
  }

  /** After a failed attempt; {@code canceled} is the call's state (never read from the message). */
  Decision afterFailure(Request request, IOException e, boolean canceled, int attempt, long elapsedNanos, String endpoint) {
    if (canceled) return Decision.STOP;
    if (e instanceof PacerException) return Decision.STOP;
    // A protocol refusal (a redirect Pacer refused, a malformed exchange) would fail the same way again.
    if (e instanceof java.net.ProtocolException) return Decision.STOP;
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) return Decision.STOP;
    if (Thread.currentThread().isInterrupted()) return Decision.STOP;
    if (!isReplayable(request, engine.policy().idempotencyKeyHeader())) {
      return stop(endpoint, attempt, "network failure on a request not safe to replay");
    }
    if (attempt >= config.maxAttempts()) return stop(endpoint, attempt, "network failure, attempts exhausted");
    long backoff = backoffNanos(attempt);
    if (backoff > saturatedNanos(config.maxTotalTime()) - elapsedNanos) return stop(endpoint, attempt, "network failure, out of time");
    return afford(Decision.retryAfter(backoff, "network failure: " + e.getClass().getSimpleName()), endpoint, attempt);
  }

  /** {@code retry} if the retry budget pays for it; else the call stops with what it got. */
  private Decision afford(Decision retry, String endpoint, int attempt) {
    if (budget.tryRetry(() -> engine.listener().retryBudgetExhausted(endpoint))) return retry;
    return stop(endpoint, attempt, "retry budget exhausted");
  }

  /** Stops on an outcome Pacer would retry if it could: the caller gets it, and the listener hears why. */
  private Decision stop(String endpoint, int attempt, String reason) {
    giveUp(endpoint, attempt, reason);
    return Decision.STOP;
  }

  private void giveUp(String endpoint, int attempt, String reason) {
    engine.listener().gaveUp(endpoint, attempt, reason);
  }

  /** {@code d} in nanoseconds, saturated: durations beyond about 292 years do not overflow. */
  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }
}
