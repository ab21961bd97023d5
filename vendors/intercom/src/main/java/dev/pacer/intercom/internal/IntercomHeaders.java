package dev.pacer.intercom.internal;

import dev.pacer.vendor.support.AuthHeaderInterceptor;
import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds what every Intercom request carries: {@code Authorization: Bearer <token>}, the {@code
 * Intercom-Version} header and {@code Accept: application/json}. The token never appears in
 * {@link #toString()}. Internal; not part of the API.
 */
public final class IntercomHeaders implements Interceptor {
  private final AuthHeaderInterceptor auth;
  private final String version;

  /** Headers for {@code auth}'s token and API {@code version}. */
  public IntercomHeaders(AuthHeaderInterceptor auth, String version) {
    this.auth = Objects.requireNonNull(auth, "auth == null");
    this.version = Objects.requireNonNull(version, "version == null");
  }

  /** {@code request} with Intercom's headers set. */
  public Request apply(Request request) {
    Request.Builder b = auth.authorize(request).newBuilder().header("Intercom-Version", version);
    if (request.header("Accept") == null) b.header("Accept", "application/json");
    return b.build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(apply(chain.request()));
  }

  @Override
  public String toString() {
    return "IntercomHeaders{version=" + version + ", " + auth + "}";
  }
}
