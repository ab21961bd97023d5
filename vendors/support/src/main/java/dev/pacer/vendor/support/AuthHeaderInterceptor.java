package dev.pacer.vendor.support;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds one authorization header to every request: HTTP Basic, a Bearer token, or any header a
 * vendor uses for its key. Vendor builders hand one to {@link VendorClientBuilder}, which applies
 * it before Pacer classifies a request, so rules scoped by {@code Scope.credential(...)} see the
 * header. The credential never appears in {@link #toString()}. Immutable and thread-safe.
 */
public final class AuthHeaderInterceptor implements Interceptor {
  private final String name;
  private final String value;
  private final String scheme;

  private AuthHeaderInterceptor(String name, String value, String scheme) {
    this.name = name;
    this.value = value;
    this.scheme = scheme;
  }

  /** {@code Authorization: Basic base64(user:password)}; UTF-8. Neither may be empty. */
  public static AuthHeaderInterceptor basic(String user, String password) {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(password, "password == null");
    if (user.isEmpty()) throw new IllegalArgumentException("user is empty");
    if (password.isEmpty()) throw new IllegalArgumentException("password is empty");
    if (user.indexOf(':') >= 0) throw new IllegalArgumentException("user contains ':'");
    return new AuthHeaderInterceptor("Authorization",
        Credentials.basic(user, password, java.nio.charset.StandardCharsets.UTF_8), "Basic");
  }

  /** {@code Authorization: Bearer <token>}. The token may not be blank. */
  public static AuthHeaderInterceptor bearer(String token) {
    Objects.requireNonNull(token, "token == null");
    if (token.isBlank()) throw new IllegalArgumentException("token is blank");
    checkHeaderValue(token);
    return new AuthHeaderInterceptor("Authorization", "Bearer " + token, "Bearer");
  }

  /** {@code <headerName>: <value>}, for vendors that take a key in a header of their own. */
  public static AuthHeaderInterceptor header(String headerName, String value) {
    Objects.requireNonNull(headerName, "headerName == null");
    Objects.requireNonNull(value, "value == null");
    if (headerName.isBlank()) throw new IllegalArgumentException("headerName is blank");
    if (value.isBlank()) throw new IllegalArgumentException("value of " + headerName + " is blank");
    checkHeaderValue(value);
    return new AuthHeaderInterceptor(headerName, value, "header");
  }

  /** The header this interceptor sets, e.g. {@code Authorization}. */
  public String headerName() {
    return name;
  }

  /** {@code request} with the header set, replacing any value it had. */
  public Request authorize(Request request) {
    Objects.requireNonNull(request, "request == null");
    if (value.equals(request.header(name))) return request;
    return request.newBuilder().header(name, value).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(authorize(chain.request()));
  }

  @Override
  public String toString() {
    return "AuthHeaderInterceptor{" + name + ": " + scheme + " ██}";
  }

  private static void checkHeaderValue(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      // Say which position is wrong, never the credential itself.
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new IllegalArgumentException("credential has an illegal header character at index " + i);
      }
    }
  }
}
