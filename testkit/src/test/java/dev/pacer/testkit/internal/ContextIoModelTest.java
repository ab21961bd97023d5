package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContextIoModelTest {
  private static final String AUTH = "OAuth oauth_consumer_key=\"dev-key-1\", oauth_nonce=\"n\","
      + " oauth_signature_method=\"HMAC-SHA1\", oauth_signature=\"sig\"";
  private static final String MESSAGES = "/lite/users/u1/email_accounts/0/folders/INBOX/messages";
  private final ManualClock clock = new ManualClock();
  private final SandboxEngine engine = SandboxEngine.builder().clock(clock).build(new ContextIoModel());

  @Test
  void imapEndpointsAllow240PerUserPerMinute() {
    int rejected = 0;
    for (int i = 0; i < 250; i++) {
      String path = i % 2 == 0 ? MESSAGES : MESSAGES + "/%3Cm1%40example.com%3E/body";
      Reply reply = engine.handle(request("GET", path, "Authorization", AUTH));
      if (reply.status() == 429) {
        rejected++;
        assertEquals("{\"type\":\"error\",\"value\":\"IMAP rate limit exceeded: 240 calls per minute"
            + " for this user\"}", reply.body());
        assertNull(reply.headers().get("Retry-After"));
      }
    }
    assertEquals(10, rejected);
    // Another user, and a non-IMAP endpoint, are not limited by user u1's IMAP bucket.
    assertEquals(200, engine.handle(request("GET",
        "/lite/users/u2/email_accounts/0/folders/INBOX/messages", "Authorization", AUTH)).status());
    assertEquals(200, engine.handle(request("GET", "/lite/users/u1", "Authorization", AUTH)).status());
    clock.advance(Duration.ofMinutes(1));
    assertEquals(200, engine.handle(request("GET", MESSAGES, "Authorization", AUTH)).status());
  }

  @Test
  void folderCallsCountAsImapCallsOfTheUser() {
    String folders = "/lite/users/u3/email_accounts/0/folders";
    int rejected = 0;
    for (int i = 0; i < 240; i++) {
      String method = i % 3 == 2 ? "POST" : "GET";
      String path = i % 3 == 0 ? folders : folders + "/INBOX%2FReceipts";
      if (engine.handle(request(method, path, "Authorization", AUTH)).status() == 429) rejected++;
    }
    assertEquals(0, rejected);
    Reply message = engine.handle(request("GET", folders + "/INBOX/messages", "Authorization", AUTH));
    assertEquals(429, message.status(), "240 folder calls spent the user's IMAP minute");
    assertEquals(240, engine.stats().buckets().get("user:u3|imap").admitted());
  }

  @Test
  void developerKeyAllows5000CallsPerHour() {
    clock.advance(Duration.ofMinutes(59));
    int rejected = 0;
    for (int i = 0; i < 5010; i++) {
      if (engine.handle(request("GET", "/lite/users?oauth_consumer_key=dev-key-2")).status() == 429) {
        rejected++;
      }
    }
    assertEquals(10, rejected);
    String bucket = "developer:" + Secrets.hash("dev-key-2");
    assertEquals(List.of(bucket), List.copyOf(engine.stats().buckets().keySet()));
    assertFalse(engine.stats().log().toString().contains("dev-key-2"));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(200, engine.handle(request("GET", "/lite/users?oauth_consumer_key=dev-key-2")).status());
  }

  @Test
  void aRaisedDeveloperKeyAllowsItsOwnHourlyLimitAndKeepsTheImapLimit() {
    SandboxEngine raised = SandboxEngine.builder().clock(clock).build(new ContextIoModel(6000));
    int rejected = 0;
    for (int i = 0; i < 6005; i++) {
      if (raised.handle(request("GET", "/lite/users?oauth_consumer_key=dev-key-3")).status() == 429) rejected++;
    }
    assertEquals(5, rejected);
    Reply over = raised.handle(request("GET", "/lite/users?oauth_consumer_key=dev-key-3"));
    assertEquals("{\"type\":\"error\",\"value\":\"Rate limit exceeded: 6000 calls per hour for this developer key\"}",
        over.body());
    assertEquals(240, new ContextIoModel(100_000).limits(request("GET", MESSAGES, "Authorization", AUTH)).get(1).permits());
  }
}
