package dev.pacer.intercom.webhook;

import static dev.pacer.intercom.webhook.IntercomWebhookVerifierTest.CLIENT_SECRET;
import static dev.pacer.intercom.webhook.IntercomWebhookVerifierTest.signature;
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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The package Javadoc's example, run as written on a loopback JDK {@code HttpServer} on a free port. */
final class IntercomWebhookServerTest {
  private static final MediaType JSON = MediaType.get("application/json");

  private final BlockingQueue<IntercomNotification> queue = new LinkedBlockingQueue<>();
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  private HttpServer server;

  /** The example of {@code package-info.java}, with the port and the limit as parameters. */
  private HttpServer start(IntercomWebhookVerifier verifier) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/intercom/webhook", exchange -> {
      try (exchange) {
        if (!exchange.getRequestMethod().equals("POST")) {
          exchange.sendResponseHeaders(405, -1);
          return;
        }
        try {
          byte[] body = verifier.readBody(exchange.getRequestBody());
          IntercomNotification n = verifier.read(body,
              exchange.getRequestHeaders().getFirst(IntercomWebhookVerifier.SIGNATURE_HEADER));
          if (n.conversation() != null) {
            queue.add(n);
          }
          exchange.sendResponseHeaders(200, -1);
        } catch (WebhookVerificationException e) {
          exchange.sendResponseHeaders(e.reason() == Reason.BODY_TOO_LARGE ? 413 : 401, -1);
        }
      }
    });
    server.start();
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private int post(String body, String signature) throws IOException {
    Request.Builder request = new Request.Builder()
        .url("http://127.0.0.1:" + server.getAddress().getPort() + "/intercom/webhook")
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON));
    if (signature != null) request.header(IntercomWebhookVerifier.SIGNATURE_HEADER, signature);
    try (Response response = http.newCall(request.build()).execute()) {
      return response.code();
    }
  }

  private static String conversationCreated(String id) {
    return "{\"type\":\"notification_event\",\"app_id\":\"ab12cd34\",\"id\":\"notif_" + id + "\","
        + "\"topic\":\"conversation.user.created\",\"created_at\":1734537440,\"data\":{\"type\":\"notification_event_data\","
        + "\"item\":{\"type\":\"conversation\",\"id\":\"" + id + "\",\"state\":\"open\"}}}";
  }

  @Test
  void aSignedDeliveryIsAcceptedAndQueuedAndAForgedOneRefused() throws Exception {
    server = start(IntercomWebhookVerifier.create(CLIENT_SECRET));
    String body = conversationCreated("1295");
    assertEquals(200, post(body, signature(CLIENT_SECRET, body.getBytes(StandardCharsets.UTF_8))));
    assertEquals("1295", queue.poll().conversation().id());

    assertEquals(401, post(body, signature("guessed-secret", body.getBytes(StandardCharsets.UTF_8))));
    assertEquals(401, post(conversationCreated("666"), signature(CLIENT_SECRET, body.getBytes(StandardCharsets.UTF_8))));
    assertEquals(401, post(body, null));
    assertTrue(queue.isEmpty(), "a refused delivery was acted on: " + queue);
  }

  @Test
  void anOversizedBodyIsRefusedWith413AndOtherMethodsWith405() throws Exception {
    server = start(IntercomWebhookVerifier.create(CLIENT_SECRET).withMaxBodyBytes(1024));
    String huge = conversationCreated("1".repeat(4096));
    assertEquals(413, post(huge, signature(CLIENT_SECRET, huge.getBytes(StandardCharsets.UTF_8))));
    Request get = new Request.Builder().url("http://127.0.0.1:" + server.getAddress().getPort() + "/intercom/webhook").build();
    try (Response response = http.newCall(get).execute()) {
      assertEquals(405, response.code());
    }
    assertTrue(queue.isEmpty());
  }
}
