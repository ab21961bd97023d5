package dev.pacer.vendor.support.internal;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Keeps a typed client's requests, and the credentials they carry, on the origin (scheme, host
 * and port) of the client's base URL. Internal: no compatibility promise.
 *
 * <p>Typed clients are built with OkHttp's own redirect following turned off, because OkHttp
 * strips only {@code Authorization} when a redirect leaves the host: vendor headers such as
 * Kore.ai's {@code auth} JWT would travel on, network-level signers would sign the follow-up for
 * the new host, and a 307/308 would resend the body there. This application interceptor follows
 * redirects itself, and only within the origin:
 *
 * <ul>
 *   <li>A redirect whose target has the base URL's scheme, host and port is followed as OkHttp
 *       would (301/302/303 turn a request other than GET or HEAD into a bodiless GET; 307/308
 *       keep the method and body, unless the body is one-shot), at most {@value #MAX_FOLLOW_UPS}
 *       times.
 *   <li>A redirect anywhere else (another host or port, or {@code https} to {@code http}) is
 *       not followed: the 3xx response itself is the answer, so the other server receives
 *       nothing at all, neither credentials nor a body.
 *   <li>A request whose own URL is on another origin (a Retrofit {@code @Url}) keeps only a few
 *       content-negotiation headers; everything else, credentials included, is dropped.
 * </ul>
 *
 * <p>Credential signers that run as network interceptors check {@link #sameOrigin} as well, so
 * nothing is signed for another host however a request got there. Immutable and thread-safe.
 */
public final class OriginGuard implements Interceptor {
  /** The most redirects one call follows, as OkHttp. */
  public static final int MAX_FOLLOW_UPS = 20;

  /** Headers a request to another origin keeps (lower case). None of them carries a credential. */
  private static final Set<String> FOREIGN_SAFE = Set.of(
      "accept", "accept-language", "content-type", "content-language", "user-agent", "cache-control",
      "if-match", "if-none-match", "if-modified-since", "if-unmodified-since", "range");

  private final HttpUrl origin;

  /** A guard for the origin of {@code baseUrl}. */
  public OriginGuard(HttpUrl baseUrl) {
    this.origin = Objects.requireNonNull(baseUrl, "baseUrl == null");
  }

  /** True when {@code a} and {@code b} have the same scheme, host and port. */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url(), origin)) request = withoutCredentials(request);
    for (int followUps = 0; ; followUps++) {
      Response response = chain.proceed(request);
      Request next = followUp(request, response);
      if (next == null) return response;
      response.close();
      if (followUps >= MAX_FOLLOW_UPS) {
        throw new ProtocolException("too many redirects: " + (followUps + 1));
      }
      request = next;
    }
  }

  /** The same-origin request that {@code response} redirects {@code request} to, or null. */
  Request followUp(Request request, Response response) {
    int code = response.code();
    boolean keepMethod = code == 307 || code == 308;
    if (!keepMethod && code != 300 && code != 301 && code != 302 && code != 303) return null;
    String location = response.header("Location");
    if (location == null) return null;
    HttpUrl target = request.url().resolve(location);
    if (target == null || !sameOrigin(target, origin)) return null;
    Request.Builder next = request.newBuilder().url(target);
    String method = request.method();
    if (keepMethod) {
      RequestBody body = request.body();
      if (body != null && body.isOneShot()) return null;
    } else if (!method.equals("GET") && !method.equals("HEAD")) {
      next.method("GET", null)
          .removeHeader("Transfer-Encoding")
          .removeHeader("Content-Length")
          .removeHeader("Content-Type");
    }
    return next.build();
  }

  private static Request withoutCredentials(Request request) {
    Request.Builder b = request.newBuilder();
    for (String name : request.headers().names()) {
      if (!FOREIGN_SAFE.contains(name.toLowerCase(Locale.ROOT))) b.removeHeader(name);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "OriginGuard{" + origin.scheme() + "://" + origin.host() + ":" + origin.port() + "}";
  }
}
