package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start exactly as written (keep the two in step). */
final class QuickStartTest {

  @Test
  void theReadmeQuickStartCompilesAndPacesCalls() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 3; i++) server.enqueue(new MockResponse.Builder().body("{}").build());
      server.start();
      String baseUrl = server.url("/").toString().replaceAll("/$", "");

      // --- README quick start (begin) ---
      RateLimitPolicy policy = RateLimitPolicy.builder("esputnik")
          .rule("message-history", "GET /api/v2/contacts/messages", Rate.perSecond(10))
          .rule("event-v1", "POST /api/v1/event", Rate.perSecond(350))
          .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(200)).build())
          .build();

      Pacer pacer = Pacer.builder(policy)
          .maxWait(Duration.ofSeconds(30))   // fail fast instead of queueing longer
          .build();

      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();

      Request request = new Request.Builder().url(baseUrl + "/api/v2/contacts/messages").build();
      try (Response response = client.newCall(request).execute()) {
        System.out.println(response.code());   // paced at 10/s, 429s retried after Retry-After
      }
      // --- README quick start (end) ---

      try (Response second = client.newCall(request).execute()) {
        assertEquals(200, second.code());
      }
      assertEquals(2, server.getRequestCount());
    }
  }
}
