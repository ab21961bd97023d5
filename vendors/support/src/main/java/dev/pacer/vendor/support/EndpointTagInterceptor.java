package dev.pacer.vendor.support;

import dev.pacer.policy.Endpoint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * An application interceptor that tells Pacer which declared endpoint a Retrofit request is. It
 * reads Retrofit's {@link Invocation} tag, finds the service method's HTTP annotation ({@code
 * @GET}, {@code @POST}, {@code @PUT}, {@code @DELETE}, {@code @PATCH}, {@code @HEAD}, {@code
 * @OPTIONS} or {@code @HTTP(method = ..., path = ...)}) and tags the request with {@link
 * Endpoint#of Endpoint.of(method, template)}, where the template is the base URL's path followed
 * by the annotation's relative URL without its query: for base URL {@code https://esputnik.com/}
 * and {@code @GET("api/v1/messages/email/{id}")} that is {@code GET /api/v1/messages/email/{id}}.
 * A relative URL that starts with {@code /} or is absolute replaces the base path, as Retrofit
 * itself resolves it.
 *
 * <p>Requests that already carry an {@link Endpoint} tag, that Retrofit did not make, or whose
 * URL is given by {@code @Url} pass unchanged. It must run before Pacer classifies the request;
 * {@link VendorClientBuilder} applies the same tagging before Pacer's call factory sees a request.
 * Immutable and thread-safe.
 */
public final class EndpointTagInterceptor implements Interceptor {
  private final HttpUrl baseUrl;

  /** An interceptor for a Retrofit instance whose base URL is {@code baseUrl}. */
  public EndpointTagInterceptor(HttpUrl baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
  }

  /** The base URL whose path prefixes every template. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(tag(chain.request()));
  }

  /**
   * {@code request} with an {@link Endpoint} tag added, or {@code request} itself when it already
   * has one or no template can be found for it.
   */
  public Request tag(Request request) {
    Objects.requireNonNull(request, "request == null");
    if (request.tag(Endpoint.class) != null) return request;
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) return request;
    Endpoint endpoint = endpointOf(invocation.method(), baseUrl);
    if (endpoint == null) return request;
    return request.newBuilder().tag(Endpoint.class, endpoint).build();
  }

  /**
   * The endpoint a Retrofit service method calls when its Retrofit's base URL is {@code baseUrl},
   * or null when the method has no HTTP annotation or takes its URL from {@code @Url}.
   */
  public static Endpoint endpointOf(Method method, HttpUrl baseUrl) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    for (Annotation a : method.getAnnotations()) {
      String httpMethod;
      String relative;
      if (a instanceof GET) {
        httpMethod = "GET";
        relative = ((GET) a).value();
      } else if (a instanceof POST) {
        httpMethod = "POST";
        relative = ((POST) a).value();
      } else if (a instanceof PUT) {
        httpMethod = "PUT";
        relative = ((PUT) a).value();
      } else if (a instanceof DELETE) {
        httpMethod = "DELETE";
        relative = ((DELETE) a).value();
      } else if (a instanceof PATCH) {
        httpMethod = "PATCH";
        relative = ((PATCH) a).value();
      } else if (a instanceof HEAD) {
        httpMethod = "HEAD";
        relative = ((HEAD) a).value();
      } else if (a instanceof OPTIONS) {
        httpMethod = "OPTIONS";
        relative = ((OPTIONS) a).value();
      } else if (a instanceof HTTP) {
        httpMethod = ((HTTP) a).method();
        relative = ((HTTP) a).path();
      } else {
        continue;
      }
      String template = template(baseUrl, relative);
      return template == null ? null : Endpoint.of(httpMethod, template);
    }
    return null;
  }

  /** The path template for {@code relative} resolved against {@code baseUrl}, or null for {@code @Url}. */
  static String template(HttpUrl baseUrl, String relative) {
    int query = relative.indexOf('?');
    String path = query >= 0 ? relative.substring(0, query) : relative;
    if (path.isEmpty()) return null; // @Url supplies the whole URL at call time.
    int scheme = path.indexOf("://");
    if (scheme > 0 && path.indexOf('/') > scheme) {
      int slash = path.indexOf('/', scheme + 3);
      return slash < 0 ? "/" : path.substring(slash);
    }
    if (path.startsWith("/")) return path;
    String basePath = baseUrl.encodedPath();
    return basePath.endsWith("/") ? basePath + path : basePath + "/" + path;
  }

  @Override
  public String toString() {
    return "EndpointTagInterceptor{" + baseUrl.encodedPath() + "}";
  }
}
