package dev.pacer.vendor.support;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An interceptor whose only job is to rewrite each request before it is sent: add a computed
 * credential header (a short-lived signed token), account headers, and the like. {@link
 * VendorClientBuilder} applies {@link #prepare} <em>before</em> Pacer classifies a request, as it
 * does for {@link AuthHeaderInterceptor}, so rules scoped by a header this interceptor sets
 * ({@code Scope.credential("accountId")}, say) see it. Used as a plain OkHttp interceptor it
 * prepares the request and proceeds. Implementations must be thread-safe and must never show a
 * credential in {@code toString()} or in an exception message.
 */
public interface RequestPreparingInterceptor extends Interceptor {
  /**
   * {@code request} with this interceptor's changes; may return {@code request} itself. Called on
   * the thread that creates the call, once per call (Pacer's retries resend the prepared
   * request).
   *
   * @throws IllegalStateException when the request cannot be prepared (a signing failure); the
   *     message must not contain a credential
   */
  Request prepare(Request request);

  /** Prepares the request and proceeds with it. */
  @Override
  default Response intercept(Chain chain) throws IOException {
    Request prepared;
    try {
      prepared = prepare(chain.request());
    } catch (IllegalStateException e) {
      // Interceptors throw only IOExceptions; anything else would crash an async dispatcher thread.
      throw new IOException(e.getMessage(), e);
    }
    return chain.proceed(prepared);
  }
}
