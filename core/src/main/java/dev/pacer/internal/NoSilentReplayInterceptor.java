package dev.pacer.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that stops OkHttp from re-sending a request that is not safe to replay
 * when the server answers {@code 503} with {@code Retry-After: 0} (OkHttp's follow-up logic
 * re-sends such a request by itself, whatever its method). The header is renamed to
 * {@code Pacer-Suppressed-Retry-After}, so nothing is lost. Calls {@code proceed()} exactly once.
 */
public final class NoSilentReplayInterceptor implements Interceptor {
  private final Engine engine;

  public NoSilentReplayInterceptor(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (response.code() != 503) return response;
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || !retryAfter.trim().matches("\\d+") || !retryAfter.trim().matches("0+")) return response;
    if (RetryLogic.isReplayable(request, engine.policy().idempotencyKeyHeader())) return response;
    return response.newBuilder()
        .removeHeader("Retry-After")
        .header("Pacer-Suppressed-Retry-After", retryAfter)
        .build();
  }
}
