package dev.pacer.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** One request as the engine sees it: method, URL and headers, with no socket. Immutable. */
public final class Exchange {
  private final String method;
  private final HttpUrl url;
  private final Headers headers;
  private final List<String> segments;

  /** A request for {@code method} and {@code url} carrying {@code headers}. */
  public Exchange(String method, HttpUrl url, Headers headers) {
    this.method = Objects.requireNonNull(method, "method == null").toUpperCase(Locale.ROOT);
    this.url = Objects.requireNonNull(url, "url == null");
    this.headers = Objects.requireNonNull(headers, "headers == null");
    List<String> parts = new ArrayList<>(url.encodedPathSegments());
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    this.segments = List.copyOf(parts);
  }

  /** A request with no headers, handy in tests. */
  public static Exchange of(String method, String url) {
    return new Exchange(method, HttpUrl.get(url), Headers.of());
  }

  /** The method in upper case. */
  public String method() {
    return method;
  }

  /** The full request URL. */
  public HttpUrl url() {
    return url;
  }

  /** The request headers, credentials included (never log them). */
  public Headers headers() {
    return headers;
  }

  /** The encoded path without its query, such as {@code /api/v1/contacts}. */
  public String path() {
    return url.encodedPath();
  }

  /** The encoded path segments, without a trailing empty segment. */
  public List<String> segments() {
    return segments;
  }

  /** The first value of query parameter {@code name}, or null. */
  public String query(String name) {
    return url.queryParameter(name);
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public String toString() {
    return method + " " + path();
  }
}
