package dev.pacer.internal;

import dev.pacer.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The blocking driver: one application interceptor that runs a call's {@link Admission} on the
 * calling thread, parking where the admission says to wait and sending each attempt down the
 * rest of the chain. Works for {@code execute()} and for OkHttp's own {@code enqueue()} (where it
 * parks a dispatcher thread; {@link TimerCallFactory} does not). It classifies the request as it
 * reaches it, after the application interceptors added before it. For a request that is not
 * safe to replay, OkHttp's own connection-failure retry is turned off.
 */
public final class PacerInterceptor implements Interceptor {
  private final Engine engine;
  private final RetryLogic retry;

  public PacerInterceptor(Engine engine, RetryConfig config) {
    this.engine = engine;
    this.retry = new RetryLogic(engine, config, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Chain c = RetryLogic.isReplayable(request, engine.policy().idempotencyKeyHeader())
        ? chain
        : chain.withRetryOnConnectionFailure(false);
    Call call = chain.call();
    Admission a = Admission.parking(engine, retry, request, call.timeout().timeoutNanos(), Thread.currentThread());
    Admission.Step step = a.start();
    while (true) {
      switch (step.kind) {
        case WAIT:
          step = park(a, step, call);
          break;
        case SEND:
          Response answer;
          try {
            answer = c.proceed(a.request());
          } catch (IOException e) {
            if (call.isCanceled()) a.cancel();
            step = a.onFailure(e);
            break;
          }
          step = a.onResponse(answer);
          break;
        default:
          IOException failure = a.failure();
          if (failure != null) throw failure;
          return a.response();
      }
    }
  }

  /**
   * Parks until the step's time, a wake-up, a cancel or an interrupt, then asks the admission
   * again. Wakes at least every {@link Waits#SLICE_NANOS} to notice {@code Call.cancel()}, which
   * does not interrupt, and a clock that is not the system's.
   */
  static Admission.Step park(Admission a, Admission.Step step, Call call) {
    while (step.kind == Admission.Step.Kind.WAIT) {
      if (call != null && call.isCanceled()) {
        a.cancel();
        return a.resume();
      }
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        a.abort(new InterruptedIOException("interrupted while waiting for a rate-limit permit"));
        return a.resume();
      }
      long left = step.untilNanos - a.nowNanos();
      if (left > 0) java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, Waits.SLICE_NANOS));
      step = a.resume();
    }
    return step;
  }

  @Override
  public String toString() {
    return "PacerInterceptor{" + engine.policy().name() + "}";
  }
}
