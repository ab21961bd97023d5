package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on a free loopback port and an {@link IntercomClient} pointed at it, with a
 * limit high enough that pacing never delays a wire test. {@link #take()} checks the headers
 * every Intercom request must carry.
 */
final class WireHarness implements AutoCloseable {
  static final String TOKEN = "tok_wire_7c1e";
  static final ObjectMapper JSON = new ObjectMapper();

  final MockWebServer server = new MockWebServer();
  final IntercomClient client;

  /** A started server and client, for {@code @AutoClose} fields; a failure to start fails the test. */
  static WireHarness start() {
    try {
      return new WireHarness();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WireHarness() throws IOException {
    this(b -> b);
  }

  /** A harness whose client's builder {@code customize} may change (after the defaults are set). */
  WireHarness(UnaryOperator<IntercomClient.Builder> customize) throws IOException {
    this("/", customize);
  }

  /** A harness whose client's base URL has the path {@code basePath}. */
  WireHarness(String basePath, UnaryOperator<IntercomClient.Builder> customize) throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
    client = customize.apply(IntercomClient.builder()
            .accessToken(TOKEN)
            .baseUrl(server.url(basePath))
            .policy(IntercomPolicy.of(600_000)))
        .build();
  }

  /** Answers the next request with {@code code} and the JSON {@code body}. */
  void respond(int code, String body) {
    server.enqueue(new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build());
  }

  /** Answers the next request with 200 and the test resource {@code name}. */
  void respondFixture(String name) {
    respond(200, fixture(name));
  }

  /** Answers the next request with {@code code} and no body. */
  void respondEmpty(int code) {
    server.enqueue(new MockResponse.Builder().code(code).build());
  }

  /** The next recorded request, after checking Intercom's common headers. */
  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r, "no request reached the server");
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    assertEquals(client.version(), r.getHeaders().get("Intercom-Version"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    return r;
  }

  /** Checks method and target (path and query) of the next request, and that it has no body. */
  RecordedRequest expect(String method, String target) throws InterruptedException {
    RecordedRequest r = take();
    assertEquals(method + " " + target, r.getMethod() + " " + r.getTarget());
    return r;
  }

  /** Checks method, target and JSON body (compared as trees) of the next request. */
  RecordedRequest expect(String method, String target, String json) throws InterruptedException {
    RecordedRequest r = expect(method, target);
    String contentType = r.getHeaders().get("Content-Type");
    assertTrue(contentType != null && contentType.startsWith("application/json"), "Content-Type " + contentType);
    assertJson(json, r.getBody() == null ? "" : r.getBody().utf8());
    return r;
  }

  static void assertJson(String expected, String actual) {
    try {
      JsonNode e = JSON.readTree(expected);
      JsonNode a = JSON.readTree(actual);
      assertEquals(e, a, () -> "expected " + e + "\n but was " + a);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String fixture(String name) {
    try (InputStream in = WireHarness.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
