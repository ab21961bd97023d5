package dev.pacer.testkit;

import java.io.IOException;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain OkHttp client (no Pacer interceptors) for the sandbox tests. */
final class Http implements AutoCloseable {
  /** One whole response. */
  record Answer(int code, Headers headers, String body) {}

  final OkHttpClient client;

  Http() {
    this(new OkHttpClient.Builder());
  }

  Http(OkHttpClient.Builder builder) {
    this.client = builder.callTimeout(Duration.ofSeconds(30)).build();
  }

  Answer send(String method, HttpUrl url, String... headerPairs) throws IOException {
    RequestBody body = method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create("{}", MediaType.get("application/json"));
    Request request = new Request.Builder().url(url).method(method, body)
        .headers(Headers.of(headerPairs)).build();
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    }
  }

  Answer get(HttpUrl url, String... headerPairs) throws IOException {
    return send("GET", url, headerPairs);
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
