package dev.pacer.internal;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * A network interceptor that keeps credentials on the origin a call started on, while OkHttp
 * follows redirects as usual. OkHttp's own follow-up logic strips only {@code Authorization}
 * when a redirect changes host; this covers every header the user declared sensitive plus
 * {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie}.
 *
 * <p>A network interceptor sees every transmission of a call, OkHttp's redirect follow-ups
 * included. The call's origin (scheme, host, port) is that of the first transmission it sees
 * for the call, so an application interceptor that rewrites the host is not mistaken for a
 * redirect. For a later transmission to another origin:
 *
 * <ul>
 *   <li>{@code https} to {@code http}: refused with a {@link ProtocolException}; nothing is sent.
 *   <li>a request with a body (a 307 or 308 keeps the method and the body): refused with a
 *       {@link ProtocolException}; nothing is sent.
 *   <li>otherwise it goes out without the sensitive headers.
 * </ul>
 *
 * <p>Messages name origins ({@code scheme://host:port}), never paths, queries or header values.
 * Thread-safe; a call's origin is a tag of the call, gone with it.
 */
public final class SensitiveHeadersInterceptor implements Interceptor {
  /** Always sensitive, whatever the user declares. */
  public static final Set<String> ALWAYS = Set.of("Authorization", "Proxy-Authorization", "Cookie");

  private final Set<String> sensitive;

  /** A call's origin, kept as a tag of the call itself (no map shared by every call). */
  private record Origin(HttpUrl url) {}

  /** Strips {@code declared} plus {@link #ALWAYS} (names compared ignoring case). */
  public SensitiveHeadersInterceptor(Set<String> declared) {
    Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    all.addAll(ALWAYS);
    all.addAll(declared);
    this.sensitive = Collections.unmodifiableSet(all);
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    HttpUrl origin = chain.call().tag(Origin.class, () -> new Origin(url)).url();
    if (origin == url || sameOrigin(origin, url)) return chain.proceed(request);
    if (origin.isHttps() && !url.isHttps()) {
      throw new ProtocolException("Pacer refused a redirect from " + describe(origin) + " to " + describe(url)
          + ": a downgrade from https to http");
    }
    if (request.body() != null) {
      throw new ProtocolException("Pacer refused to send a " + request.method() + " body from " + describe(origin)
          + " to another origin, " + describe(url) + ", on a redirect");
    }
    Request.Builder stripped = request.newBuilder();
    for (String name : request.headers().names()) {
      if (sensitive.contains(name)) stripped.removeHeader(name);
    }
    return chain.proceed(stripped.build());
  }

  /** The header names stripped on a redirect to another origin, sorted ignoring case. */
  public Set<String> sensitiveHeaders() {
    return sensitive;
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  private static String describe(HttpUrl url) {
    return url.scheme() + "://" + url.host().toLowerCase(Locale.ROOT) + ":" + url.port();
  }

  @Override
  public String toString() {
    return "SensitiveHeadersInterceptor{" + sensitive + "}";
  }
}
