package dev.pacer.internal;

import dev.pacer.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries 429s, 503s and failures by {@link RetryLogic}'s rules. Each retry goes back through
 * the interceptors after this one, so it re-acquires its concurrency and rate permits. The
 * discarded response is closed before waiting. For requests that are not safe to replay,
 * OkHttp's own connection-failure retry is turned off for the call.
 */
public final class RetryInterceptor implements Interceptor {
  private final Engine engine;
  private final RetryLogic logic;

  public RetryInterceptor(Engine engine, RetryConfig config) {
    this.engine = engine;
    this.logic = new RetryLogic(engine, config, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Chain c = chain;
    if (!RetryLogic.isReplayable(request, engine.policy().idempotencyKeyHeader())) {
      c = chain.withRetryOnConnectionFailure(false);
    }
    String endpoint = null;
    long start = engine.clock().nanoTime();
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = c.proceed(request);
      } catch (IOException e) {
        failure = e;
      }
      if (endpoint == null) endpoint = engine.classify(request).endpoint();
      long elapsed = engine.clock().nanoTime() - start;
      RetryLogic.Decision d;
      if (failure != null) {
        // A cancelled call fails in many ways ("Canceled", "Socket closed", a reset stream).
        if (chain.call().isCanceled()) throw failure;
        d = logic.afterFailure(request, failure, attempt, elapsed, endpoint);
        if (!d.retry()) throw failure;
      } else {
        try {
          d = logic.afterResponse(request, response, attempt, elapsed, endpoint);
        } catch (IOException e) {
          response.close();
          throw e;
        }
        if (!d.retry()) return response;
        response.close();
      }
      engine.listener().retrying(endpoint, attempt, Duration.ofNanos(d.delayNanos), d.reason);
      Waits.sleepUntil(engine.clock(), engine.clock().nanoTime() + d.delayNanos, chain.call());
    }
  }
}
