package dev.pacer.vendor.support.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Caps what anything can buffer of an error body. Retrofit reads the whole body of a response
 * outside 2xx into memory before a caller sees it, so an endless or huge error body would
 * otherwise exhaust the heap; behind this interceptor such a body ends after {@code maxBytes}
 * (decoded) bytes, and closing it closes the real one. Success bodies pass unchanged (Jackson's
 * parser limits guard them). Internal: no compatibility promise. Immutable and thread-safe.
 */
public final class ErrorBodyLimit implements Interceptor {
  private final long maxBytes;

  /** A limit of {@code maxBytes} per error body. */
  public ErrorBodyLimit(long maxBytes) {
    if (maxBytes < 0) throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (response.isSuccessful() || body == null) return response;
    return response.newBuilder().body(ErrorBodies.capped(body, maxBytes)).build();
  }

  @Override
  public String toString() {
    return "ErrorBodyLimit{" + maxBytes + " bytes}";
  }
}
