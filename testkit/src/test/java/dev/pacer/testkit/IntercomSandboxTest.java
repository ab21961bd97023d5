package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class IntercomSandboxTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private final ManualClock clock = new ManualClock(START);
  private final Http http = new Http();

  @AfterEach
  void closeClient() {
    http.close();
  }

  @Test
  void burstAboveTheLimitGetsExactlyTheExcessAs429sInIntercomFormat() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).clock(clock).start()) {
      int rejected = 0;
      for (int i = 0; i < 200; i++) {
        Http.Answer answer = http.get(sandbox.url("/contacts"), "Authorization", "Bearer tok");
        assertNotNull(answer.headers().get("X-RateLimit-Limit"));
        assertNotNull(answer.headers().get("X-RateLimit-Remaining"));
        assertNotNull(answer.headers().get("X-RateLimit-Reset"));
        assertNotNull(answer.headers().getDate("Date"));
        if (answer.code() == 429) {
          rejected++;
          assertEquals("0", answer.headers().get("X-RateLimit-Remaining"));
          assertTrue(answer.body().startsWith("{\"type\":\"error.list\""), answer.body());
          assertTrue(answer.body().contains("rate_limit_exceeded"), answer.body());
        } else {
          assertEquals(200, answer.code());
          assertTrue(answer.body().contains("\"type\":\"list\""), answer.body());
        }
      }
      assertEquals(34, rejected);
      SandboxStats stats = sandbox.stats();
      assertEquals(34, stats.count429());
      assertEquals(34, stats.count429("app"));
      assertEquals(166, stats.admitted("app"));
      assertEquals(166, stats.maxAdmittedInAnyWindow("app"));
      assertEquals(166, stats.permits("app"));
      assertEquals(200, stats.requests().size());
    }
  }

  @Test
  void windowResetsAtItsEpochBoundary() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom(5)).clock(clock).start()) {
      clock.advance(Duration.ofMillis(9_990));
      for (int i = 0; i < 5; i++) {
        assertEquals(200, http.get(sandbox.url("/admins")).code());
      }
      Http.Answer limited = http.get(sandbox.url("/admins"));
      assertEquals(429, limited.code());
      assertEquals(Long.toString(START.getEpochSecond() + 10), limited.headers().get("X-RateLimit-Reset"));
      clock.advance(Duration.ofMillis(10));
      Http.Answer fresh = http.get(sandbox.url("/admins"));
      assertEquals(200, fresh.code());
      assertEquals("4", fresh.headers().get("X-RateLimit-Remaining"));
      assertEquals(Long.toString(START.getEpochSecond() + 20), fresh.headers().get("X-RateLimit-Reset"));
    }
  }

  @Test
  void clockOffsetShiftsTheDateAndTheEpochResetOnTheWire() throws IOException {
    clock.advance(Duration.ofSeconds(5));
    try (VendorSandbox exact = VendorSandbox.builder(VendorProfile.intercom()).clock(clock).start();
        VendorSandbox ahead = VendorSandbox.builder(VendorProfile.intercom()).clock(clock)
            .clockOffset(Duration.ofSeconds(7)).start()) {
      Http.Answer fromExact = http.get(exact.url("/contacts"));
      Http.Answer fromAhead = http.get(ahead.url("/contacts"));
      assertEquals(START.plusSeconds(5), fromExact.headers().getInstant("Date"));
      assertEquals(START.plusSeconds(12), fromAhead.headers().getInstant("Date"));
      assertEquals(Long.toString(START.getEpochSecond() + 10), fromExact.headers().get("X-RateLimit-Reset"));
      assertEquals(Long.toString(START.getEpochSecond() + 20), fromAhead.headers().get("X-RateLimit-Reset"));
      assertEquals(START.plusSeconds(12), ahead.serverTime());
    }
  }

  @Test
  void servesCannedListsThatPageWithStartingAfter() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start()) {
      assertEquals(sandbox.url("/"), sandbox.baseUrl());
      Http.Answer page = http.get(sandbox.url("/conversations?per_page=3"));
      assertTrue(page.headers().get("Content-Type").startsWith("application/json"));
      assertTrue(page.body().startsWith("{\"type\":\"conversation.list\",\"conversations\":["), page.body());
      String cursor = page.body().replaceAll(".*\"starting_after\":\"([^\"]+)\".*", "$1");
      Http.Answer next = http.get(sandbox.url("/conversations?per_page=3&starting_after=" + cursor));
      assertTrue(next.body().contains("\"total_count\":4"), next.body());
      assertTrue(!next.body().contains("starting_after"), next.body());
      assertEquals(202, http.send("POST", sandbox.url("/events")).code());
    }
  }
}
