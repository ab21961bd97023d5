package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class KoreAndContextIoSandboxTest {
  private final ManualClock clock = new ManualClock();
  private final Http http = new Http();

  @AfterEach
  void closeClient() {
    http.close();
  }

  @Test
  void koreAccountGetsSixtyPerMinute() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).clock(clock).start()) {
      int rejected = 0;
      for (int i = 0; i < 65; i++) {
        Http.Answer answer = http.get(sandbox.url("/agentassist/api/v1/public/st-1/queues"),
            "auth", "jwt.token.here", "accountId", "65f1c0ffee");
        if (answer.code() == 429) {
          rejected++;
          assertEquals("{\"errors\":[{\"msg\":\"You've exceeded the per-minute rate limit. Please"
              + " wait for sometime before retrying.\",\"code\":429}]}", answer.body());
          assertNull(answer.headers().get("Retry-After"));
        }
      }
      assertEquals(5, rejected);
      assertEquals(60, sandbox.stats().maxAdmittedInAnyWindow("account:65f1c0ffee"));
      clock.advance(Duration.ofMinutes(1));
      assertEquals(200, http.get(sandbox.url("/agentassist/api/v1/public/st-1/queues"),
          "accountId", "65f1c0ffee").code());
    }
  }

  @Test
  void contextIoUserGets240ImapCallsPerMinute() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.contextIo()).clock(clock).start()) {
      assertEquals(sandbox.url("/lite/"), sandbox.baseUrl());
      int rejected = 0;
      for (int i = 0; i < 245; i++) {
        Http.Answer answer = http.get(
            sandbox.baseUrl().resolve("users/u7/email_accounts/0/folders/INBOX/messages/%3Cm%40x%3E"),
            "Authorization", "OAuth oauth_consumer_key=\"ck\", oauth_signature=\"s\"");
        if (answer.code() == 429) {
          rejected++;
          assertEquals("{\"type\":\"error\",\"value\":\"IMAP rate limit exceeded: 240 calls per"
              + " minute for this user\"}", answer.body());
        }
      }
      assertEquals(5, rejected);
      assertEquals(5, sandbox.stats().count429("user:u7|imap"));
    }
  }
}
