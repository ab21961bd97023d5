package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.HttpUrl;

/** A MockWebServer on a free loopback port with a NylasClient pointed at it. */
final class MockNylas implements AutoCloseable {
  static final String CLIENT_ID = "app-client-7";
  static final String CLIENT_SECRET = "sekrit-client-0001";
  static final String TOKEN = "acct-token-aaaa";
  static final String OTHER_TOKEN = "acct-token-bbbb";
  static final ObjectMapper JSON = new ObjectMapper();

  final MockWebServer server = new MockWebServer();
  final NylasClient client;

  /** A started server and client, for {@code @AutoClose} fields; a failure to start fails the test. */
  static MockNylas start() {
    try {
      return new MockNylas();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MockNylas() throws IOException {
    this(RetryConfig.disabled());
  }

  MockNylas(RetryConfig retry) throws IOException {
    server.start();
    client = NylasClient.builder()
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET)
        .baseUrl(server.url("/"))
        .retry(retry)
        .build();
  }

  NylasAccount account() {
    return client.account(TOKEN);
  }

  void enqueueJson(String json) {
    server.enqueue(new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(json)
        .build());
  }

  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) throw new AssertionError("no request reached the server");
    return r;
  }

  /** Takes the next request and checks method, {@link #target} and bearer token. */
  RecordedRequest takeAccountRequest(String method, String target) throws InterruptedException {
    RecordedRequest r = take();
    assertEquals(method + " " + target, r.getMethod() + " " + target(r));
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    return r;
  }

  /** Takes the next request and checks method, target and the client secret as Basic user. */
  RecordedRequest takeApplicationRequest(String method, String target) throws InterruptedException {
    RecordedRequest r = take();
    assertEquals(method + " " + target, r.getMethod() + " " + target(r));
    assertEquals(Credentials.basic(CLIENT_SECRET, ""), r.getHeaders().get("Authorization"));
    return r;
  }

  /**
   * Runs {@code call} against {@code answer} (a JSON body, or null for an empty 200), checks that
   * the request was {@code method target} with the account's bearer token and, when
   * {@code jsonBody} is not null, that JSON body; returns the parsed answer.
   */
  <T> T exchange(retrofit2.Call<T> call, String answer, String method, String target, String jsonBody)
      throws IOException, InterruptedException {
    return exchange(call, answer, method, target, jsonBody, "Bearer " + TOKEN);
  }

  /** {@link #exchange(retrofit2.Call, String, String, String, String)} for an application call (client secret as Basic user). */
  <T> T exchangeApplication(retrofit2.Call<T> call, String answer, String method, String target, String jsonBody)
      throws IOException, InterruptedException {
    return exchange(call, answer, method, target, jsonBody, Credentials.basic(CLIENT_SECRET, ""));
  }

  private <T> T exchange(retrofit2.Call<T> call, String answer, String method, String target, String jsonBody,
      String authorization) throws IOException, InterruptedException {
    if (answer == null) {
      enqueue(new MockResponse.Builder().code(200).build());
    } else {
      enqueueJson(answer);
    }
    T result = client.execute(call);
    RecordedRequest r = take();
    assertEquals(method + " " + target, r.getMethod() + " " + target(r));
    assertEquals(authorization, r.getHeaders().get("Authorization"));
    if (jsonBody != null) {
      assertEquals(json(jsonBody), bodyJson(r), method + " " + target + " body");
    }
    return result;
  }

  /** The request's path and its decoded query, e.g. {@code /messages?from=a@b.c&limit=5}. */
  static String target(RecordedRequest r) {
    HttpUrl url = r.getUrl();
    return url.encodedPath() + (url.query() == null ? "" : "?" + url.query());
  }

  static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  static JsonNode bodyJson(RecordedRequest r) throws IOException {
    return JSON.readTree(r.getBody() == null ? "" : r.getBody().utf8());
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
