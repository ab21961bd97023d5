package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

final class NylasModelTest {
  private final ManualClock clock = new ManualClock();
  private final SandboxEngine engine = SandboxEngine.builder().clock(clock).build(new NylasModel());

  private Reply get(String path, String token) {
    return engine.handle(request("GET", path, "Authorization", "Bearer " + token));
  }

  private static String messageOf(Reply reply) {
    return reply.body().replaceAll(".*\"message\":\"([^\"]*)\".*", "$1");
  }

  @Test
  void accountGetsFiftyPerEndpointPerSecond() {
    clock.advance(Duration.ofMillis(300));
    for (int i = 0; i < 50; i++) {
      assertEquals(200, get("/account", "token-a").status());
    }
    Reply rejected = get("/account", "token-a");
    assertEquals(429, rejected.status());
    assertEquals("Too many requests", messageOf(rejected));
    assertTrue(rejected.body().contains("\"type\":\"invalid_request_error\""));
    assertEquals("50", rejected.headers().get("X-RateLimit-Limit"));
    assertEquals("1", rejected.headers().get("X-RateLimit-Reset"));
    // Another endpoint, and another account, have their own buckets.
    assertEquals(200, get("/delta?cursor=c1", "token-a").status());
    assertEquals(200, get("/account", "token-b").status());
  }

  @Test
  void applicationGetsFiveHundredPerEndpointPerSecondAcrossAccounts() {
    int rejected = 0;
    for (int account = 0; account < 11; account++) {
      for (int i = 0; i < 50; i++) {
        Reply reply = get("/account", "token-" + account);
        if (reply.status() == 429) {
          rejected++;
          assertEquals("Too many requests from this application", messageOf(reply));
          assertEquals("500", reply.headers().get("X-RateLimit-Limit"));
        }
      }
    }
    assertEquals(50, rejected);
    assertEquals(500, engine.stats().buckets().get("app|GET /account").maxAdmittedInAnyWindow());
  }

  @Test
  void queryConcurrencyIsFiveAcrossMessagesThreadsAndContacts() {
    List<Reply> held = new ArrayList<>();
    held.add(get("/messages", "t"));
    held.add(get("/messages/abc", "t"));
    held.add(get("/threads", "t"));
    held.add(get("/contacts?limit=1", "t"));
    held.add(engine.handle(request("PUT", "/threads/t1", "Authorization", "Bearer t")));
    held.forEach(reply -> assertEquals(200, reply.status()));

    Reply rejected = get("/contacts/c1", "t");
    assertEquals(429, rejected.status());
    assertEquals("Too many concurrent query requests", messageOf(rejected));
    assertEquals("5", rejected.headers().get("X-RateLimit-Limit"));
    assertEquals(200, get("/messages/search?q=x", "t").status()); // Search is not capped.
    assertEquals(200, get("/messages", "other").status()); // Another account is not.

    held.get(0).lease().release();
    assertEquals(200, get("/threads/t2", "t").status());
    assertEquals(5, engine.stats().buckets()
        .get("account:" + Secrets.hash("t") + "|concurrent /messages,/threads,/contacts")
        .peakInFlight());
  }

  @Test
  void streamingAndLongPollEachAllowTenPerAccount() {
    for (String path : List.of("/delta/streaming?cursor=c", "/delta/longpoll?cursor=c")) {
      for (int i = 0; i < 10; i++) {
        Reply reply = get(path, "t");
        assertEquals(200, reply.status());
        assertFalse(reply.lease().isReleased());
      }
      Reply rejected = get(path, "t");
      assertEquals(429, rejected.status());
      assertEquals("Too many concurrent streaming requests", messageOf(rejected));
      assertEquals("10", rejected.headers().get("X-RateLimit-Limit"));
    }
    assertEquals(Reply.Kind.STREAM, get("/delta/streaming", "u").kind());
    Reply longPoll = get("/delta/longpoll?timeout=3", "u");
    assertEquals(Reply.Kind.LONG_POLL, longPoll.kind());
    assertEquals(Duration.ofSeconds(3), longPoll.maxHold());
  }

  @Test
  void ipAddressesAllowTenPerHourPerApplication() {
    clock.advance(Duration.ofMinutes(15));
    Exchange ips = request("GET", "/a/client-1/ip_addresses", "Authorization", "Basic c2VjcmV0Og==");
    for (int i = 0; i < 10; i++) {
      assertEquals(200, engine.handle(ips).status());
    }
    Reply rejected = engine.handle(ips);
    assertEquals(429, rejected.status());
    assertEquals("Too many requests from this application", messageOf(rejected));
    assertEquals("10", rejected.headers().get("X-RateLimit-Limit"));
    assertEquals(Long.toString(45 * 60), rejected.headers().get("X-RateLimit-Reset"));
    clock.advance(Duration.ofMinutes(45));
    assertEquals(200, engine.handle(ips).status());
    assertEquals(List.of("app|GET /a/{client_id}/ip_addresses"), List.copyOf(engine.stats().buckets().keySet()));
  }

  @Test
  void bearerTokenAndBasicUserNameTheSameAccountWithoutRevealingIt() {
    String token = "secret-access-token-123";
    String basic = Base64.getEncoder().encodeToString((token + ":").getBytes(StandardCharsets.UTF_8));
    get("/account", token);
    engine.handle(request("GET", "/account", "Authorization", "Basic " + basic));
    String bucket = "account:" + Secrets.hash(token) + "|GET /account";
    assertEquals(2, engine.stats().buckets().get(bucket).admitted());
    for (String name : engine.stats().buckets().keySet()) {
      assertFalse(name.contains(token), name);
    }
    String log = engine.stats().log().toString();
    assertFalse(log.contains(token), log);
    assertFalse(log.contains(basic), log);
  }

  @Test
  void endpointsAreNamedByTemplate() {
    assertEquals("GET /messages/{id}", NylasModel.endpoint(request("GET", "/messages/m1")));
    assertEquals("GET /messages/search", NylasModel.endpoint(request("GET", "/messages/search")));
    assertEquals("GET /contacts/{id}/picture", NylasModel.endpoint(request("GET", "/contacts/c/picture")));
    assertEquals("POST /a/{client_id}/accounts/{id}/downgrade",
        NylasModel.endpoint(request("POST", "/a/abc/accounts/x/downgrade")));
    assertEquals("GET /delta/streaming", NylasModel.endpoint(request("GET", "/delta/streaming")));
  }

  @Test
  void listsHonourLimitOffsetAndViews() {
    assertEquals("{\"count\":4}", get("/messages?view=count", "t").body());
    String ids = get("/messages?view=ids&offset=1&limit=2", "t").body();
    assertEquals("[\"msg1001x7bq2ihr3r3l\",\"msg1002x7bq2ihr3r3l\"]", ids);
    assertTrue(get("/threads?limit=1", "t").body().startsWith("[{\"id\":\"thr2000"));
  }
}
