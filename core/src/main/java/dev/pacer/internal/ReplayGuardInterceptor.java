package dev.pacer.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Turns off OkHttp's own connection-failure retry for a request that is not safe to replay, so
 * a POST that may have reached the server is never re-sent silently. Used by the call factory,
 * whose retries happen outside the interceptor chain.
 */
final class ReplayGuardInterceptor implements Interceptor {
  private final String idempotencyKeyHeader;

  ReplayGuardInterceptor(String idempotencyKeyHeader) {
    this.idempotencyKeyHeader = idempotencyKeyHeader;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (RetryLogic.isReplayable(request, idempotencyKeyHeader)) return chain.proceed(request);
    return chain.withRetryOnConnectionFailure(false).proceed(request);
  }
}
