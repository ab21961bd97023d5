package dev.pacer.testkit.internal;

import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Builds engine requests for tests. */
final class Requests {
  private Requests() {}

  static Exchange request(String method, String pathAndQuery, String... headerPairs) {
    return new Exchange(method, HttpUrl.get("http://sandbox.test" + pathAndQuery),
        Headers.of(headerPairs));
  }
}
