package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EsputnikModelTest {
  private final ManualClock clock = new ManualClock();
  private final SandboxEngine engine =
      SandboxEngine.builder().clock(clock).build(new EsputnikModel());

  private int burst(String method, String path, int count) {
    int rejected = 0;
    for (int i = 0; i < count; i++) {
      Reply reply = engine.handle(request(method, path));
      reply.lease().release();
      if (reply.status() == 429) {
        rejected++;
      }
    }
    return rejected;
  }

  @Test
  void eachListedMethodHasItsOwnPerSecondBucket() {
    Map<String, Integer> listed = Map.of(
        "GET /api/v1/contact/token/app-1/token-9/contactId", 150,
        "GET /api/v1/contacts", 50,
        "POST /api/v1/event", 350,
        "POST /api/v1/past_events", 100,
        "DELETE /api/v1/past_events", 5,
        "PUT /api/v1/interactions/77/status", 300,
        "GET /api/v2/contacts/messages", 10,
        "POST /api/v2/event", 350,
        "POST /api/v2/past_events", 100,
        "GET /api/v1/messages/email/42", 10);
    listed.forEach((request, permits) -> {
      String[] parts = request.split(" ");
      assertEquals(20, burst(parts[0], parts[1], permits + 20), request);
    });
    assertEquals(List.of(
        "DELETE /api/v1/past_events",
        "GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId",
        "GET /api/v1/contacts",
        "GET /api/v1/messages/email/{id}",
        "GET /api/v2/contacts/messages",
        "POST /api/v1/event",
        "POST /api/v1/past_events",
        "POST /api/v2/event",
        "POST /api/v2/past_events",
        "PUT /api/v1/interactions/{interaction_id}/status",
        "hour|GET /api/v1/messages/email/{id}"),
        List.copyOf(engine.stats().buckets().keySet()));
  }

  @Test
  void everyUnlistedMethodSharesOneBucketOf200PerSecond() {
    assertEquals(0, burst("POST", "/api/v1/contact", 120));
    assertEquals(0, burst("GET", "/api/v1/account/info", 80));
    assertEquals(30, burst("GET", "/api/v1/groups", 30));
    assertEquals(200, engine.stats().buckets().get("default").admitted());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(0, burst("GET", "/api/v1/groups", 200));
  }

  @Test
  void tooManyRequestsIsPlainTextWithoutHintHeaders() {
    burst("GET", "/api/v1/contacts", 50);
    Reply reply = engine.handle(request("GET", "/api/v1/contacts"));
    assertEquals(429, reply.status());
    assertEquals("Too many requests: More than 50 requests per 1 second.", reply.body());
    assertTrue(reply.headers().get("Content-Type").startsWith("text/plain"));
    assertNull(reply.headers().get("Retry-After"));
    assertNull(reply.headers().get("X-RateLimit-Limit"));
    assertNull(reply.headers().get("X-RateLimit-Reset"));
  }

  @Test
  void getEmailMessageAlsoHas500PerHour() {
    for (int second = 0; second < 50; second++) {
      assertEquals(0, burst("GET", "/api/v1/messages/email/7", 10));
      clock.advance(Duration.ofSeconds(1));
    }
    Reply reply = engine.handle(request("GET", "/api/v1/messages/email/7"));
    assertEquals(429, reply.status());
    assertEquals("Too many requests: More than 500 requests per 1 hour.", reply.body());
    assertEquals(1, engine.stats().buckets().get("hour|GET /api/v1/messages/email/{id}").rejected());
    clock.advance(Duration.ofHours(1));
    assertEquals(200, engine.handle(request("GET", "/api/v1/messages/email/7")).status());
  }

  @Test
  void messageSearchesHaveTheirOwnHourlyBucketsAndTheSharedPerSecondOne() {
    Reply reply = engine.handle(request("GET", "/api/v1/messages/sms?search=x"));
    assertEquals(200, reply.status());
    assertEquals(List.of("default", "hour|GET /api/v1/messages/sms"),
        engine.stats().log().get(0).buckets());
  }

  @Test
  void contactSearchSendsTotalCountAndHonoursPaging() {
    Reply reply = engine.handle(request("GET", "/api/v1/contacts?startindex=2&maxrows=1"));
    assertEquals("3", reply.headers().get("TotalCount"));
    assertTrue(reply.body().startsWith("[{\"id\":300002"), reply.body());
    assertEquals(1, reply.body().split("\"firstName\"").length - 1);
  }
}
