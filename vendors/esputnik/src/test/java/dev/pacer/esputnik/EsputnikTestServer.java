package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.RetryConfig;
import dev.pacer.vendor.support.VendorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer plus an EsputnikClient pointed at it, and assertions on what went over the wire. */
final class EsputnikTestServer implements AutoCloseable {
  static final String API_KEY = "esk_live_0123456789abcdef";
  static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(("pacer:" + API_KEY).getBytes(StandardCharsets.UTF_8));

  private static final ObjectMapper JSON = VendorJson.newMapper();

  final MockWebServer server = new MockWebServer();
  final EsputnikClient client;

  /** A started server and client, for {@code @AutoClose} fields; a failure to start fails the test. */
  static EsputnikTestServer start() {
    try {
      return new EsputnikTestServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  EsputnikTestServer() throws IOException {
    server.start();
    client = EsputnikClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/api/"))
        .retry(RetryConfig.disabled())
        .build();
  }

  /** Answers the next request with {@code code} and the JSON {@code body} (null: no body). */
  void reply(int code, String body) {
    MockResponse.Builder b = new MockResponse.Builder().code(code);
    if (body != null) b.addHeader("Content-Type", "application/json; charset=UTF-8").body(body);
    server.enqueue(b.build());
  }

  /** The next request, checked for method, target (path and query), and Basic auth. */
  RecordedRequest take(String method, String target) throws InterruptedException {
    RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
    assertNotNull(r, "no request arrived");
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(BASIC, r.getHeaders().get("Authorization"));
    return r;
  }

  /** Like {@link #take}, and the body is JSON equal to {@code expectedJson}. */
  RecordedRequest takeJson(String method, String target, String expectedJson) throws Exception {
    RecordedRequest r = take(method, target);
    assertEquals("application/json; charset=UTF-8", r.getHeaders().get("Content-Type"));
    JsonNode expected = JSON.readTree(expectedJson);
    JsonNode actual = JSON.readTree(r.getBody().utf8());
    assertEquals(expected, actual, "request body");
    return r;
  }

  /** Like {@link #take}, and the request has no body. */
  RecordedRequest takeEmpty(String method, String target) throws InterruptedException {
    RecordedRequest r = take(method, target);
    assertNull(r.getHeaders().get("Content-Type"));
    assertEquals(0, r.getBodySize() < 0 ? 0 : r.getBodySize());
    return r;
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
