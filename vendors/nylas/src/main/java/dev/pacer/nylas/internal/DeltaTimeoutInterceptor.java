package dev.pacer.nylas.internal;

import dev.pacer.policy.Endpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Gives {@code /delta/streaming} and {@code /delta/longpoll} a long read timeout (they stay
 * silent, or nearly so, for minutes by design) while every other call keeps the client's own.
 * Not part of the API.
 */
public final class DeltaTimeoutInterceptor implements Interceptor {
  private final int readTimeoutMillis;

  public DeltaTimeoutInterceptor(Duration readTimeout) {
    long millis = readTimeout.toMillis();
    this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, millis);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (isLongLived(request)) {
      return chain.withReadTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS).proceed(request);
    }
    return chain.proceed(request);
  }

  static boolean isLongLived(Request request) {
    Endpoint endpoint = request.tag(Endpoint.class);
    String path = endpoint != null ? endpoint.template() : request.url().encodedPath();
    return path.endsWith("/delta/streaming") || path.endsWith("/delta/longpoll");
  }

  @Override
  public String toString() {
    return "DeltaTimeoutInterceptor{readTimeout=" + readTimeoutMillis + "ms}";
  }
}
