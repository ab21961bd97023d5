package dev.pacer.nylas.webhook;

import static dev.pacer.nylas.webhook.NylasWebhookVerifierTest.CLIENT_SECRET;
import static dev.pacer.nylas.webhook.NylasWebhookVerifierTest.MESSAGE_CREATED;
import static dev.pacer.nylas.webhook.NylasWebhookVerifierTest.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pacer.vendor.support.WebhookVerificationException;
import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The package Javadoc's example, run as written on a loopback JDK {@code HttpServer} on a free port. */
final class NylasWebhookServerTest {
  private final BlockingQueue<NylasNotification.WebhookDelta> queue = new LinkedBlockingQueue<>();
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  private final NylasWebhookVerifier verifier = NylasWebhookVerifier.create(CLIENT_SECRET).withMaxBodyBytes(4096);
  private HttpServer server;
  private HttpUrl url;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // --- the package-info.java example (begin) ---
    server.createContext("/nylas/webhook", exchange -> {
      try (exchange) {
        if (exchange.getRequestMethod().equals("GET")) {
          String challenge = NylasWebhookVerifier.challenge(exchange.getRequestURI().getRawQuery());
          if (challenge == null) {
            exchange.sendResponseHeaders(400, -1);
            return;
          }
          byte[] answer = challenge.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
          exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
        } else if (exchange.getRequestMethod().equals("POST")) {
          try {
            byte[] body = verifier.readBody(exchange.getRequestBody());
            NylasNotification n = verifier.read(body,
                exchange.getRequestHeaders().getFirst(NylasWebhookVerifier.SIGNATURE_HEADER));
            queue.addAll(n.deltas());
            exchange.sendResponseHeaders(200, -1);
          } catch (WebhookVerificationException e) {
            exchange.sendResponseHeaders(e.reason() == Reason.BODY_TOO_LARGE ? 413 : 401, -1);
          }
        } else {
          exchange.sendResponseHeaders(405, -1);
        }
      }
    });
    // --- the package-info.java example (end) ---
    server.start();
    url = HttpUrl.get("http://127.0.0.1:" + server.getAddress().getPort() + "/nylas/webhook");
  }

  @AfterEach
  void stop() {
    server.stop(0);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** The status and body of {@code request}. */
  private List<String> send(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return List.of(String.valueOf(response.code()), response.body().string(),
          String.valueOf(response.header("Content-Type")));
    }
  }

  private List<String> deliver(String body, String signature) throws IOException {
    Request.Builder request = new Request.Builder().url(url)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json")));
    if (signature != null) request.header(NylasWebhookVerifier.SIGNATURE_HEADER, signature);
    return send(request.build());
  }

  @Test
  void theChallengeIsAnsweredAsThePlainBody() throws Exception {
    List<String> answer = send(new Request.Builder().url(url.newBuilder()
        .addQueryParameter("challenge", "bc609b38-c81f-47fb-a275-1d9bd61a968b").build()).build());
    assertEquals(List.of("200", "bc609b38-c81f-47fb-a275-1d9bd61a968b", "text/plain; charset=utf-8"), answer);
    assertEquals("400", send(new Request.Builder().url(url).build()).get(0));
    assertTrue(queue.isEmpty());
  }

  @Test
  void aSignedDeliveryIsQueuedAndForgedOversizedOrUnsignedOnesAreRefused() throws Exception {
    assertEquals("200", deliver(MESSAGE_CREATED, signature(CLIENT_SECRET, MESSAGE_CREATED)).get(0));
    assertEquals("93mgpjynqqu5fohl2dvv6ray7", queue.poll().objectData().id());

    assertEquals("401", deliver(MESSAGE_CREATED, signature("guessed", MESSAGE_CREATED)).get(0));
    assertEquals("401", deliver(MESSAGE_CREATED, null).get(0));
    String huge = MESSAGE_CREATED.replace("\"metadata\":null", "\"metadata\":\"" + "x".repeat(8192) + "\"");
    assertEquals("413", deliver(huge, signature(CLIENT_SECRET, huge)).get(0));
    assertEquals("405", send(new Request.Builder().url(url).put(RequestBody.create(new byte[0])).build()).get(0));
    assertTrue(queue.isEmpty(), "a refused delivery was acted on: " + queue);
  }
}
