package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One builder, many sandboxes: each start copies the settings and gets a fresh vendor model. */
final class VendorSandboxBuilderTest {
  private static final String KORE = "/agentassist/api/v1/public/st-1/queues";
  private static final String ACCOUNT = "65f1c0ffee00000000000001";

  @Test
  void aReusedBuilderStartsSandboxesWithTheirOwnWindowsAndCounts() throws IOException {
    ManualClock clock = new ManualClock();
    VendorSandbox.Builder builder = VendorSandbox.builder(VendorProfile.koreCcai()).clock(clock);
    try (VendorSandbox first = builder.start();
        VendorSandbox second = builder.start();
        Http http = new Http()) {
      for (int i = 0; i < 61; i++) http.get(first.url(KORE), "accountId", ACCOUNT);
      assertEquals(1, first.stats().count429(), "the 61st request of a minute");

      assertEquals(200, http.get(second.url(KORE), "accountId", ACCOUNT).code());
      assertEquals(0, second.stats().count429());
      assertEquals(1, second.stats().requestCount());
      assertEquals(61, first.stats().requestCount());
    }
  }

  @Test
  void settingsChangedAfterAStartReachOnlyLaterSandboxes() throws IOException {
    ManualClock clock = new ManualClock(Instant.parse("2026-05-01T12:00:00Z"));
    VendorSandbox.Builder builder = VendorSandbox.builder(VendorProfile.intercom())
        .clock(clock)
        .clockOffset(Duration.ofSeconds(30))
        .requestLogLimit(2);
    try (VendorSandbox before = builder.start()) {
      builder.clockOffset(Duration.ofSeconds(-5)).requestLogLimit(0).undeclaredLimit(1, Duration.ofMinutes(1));
      try (VendorSandbox after = builder.start(); Http http = new Http()) {
        assertEquals(Duration.ofSeconds(30), before.clockOffset());
        assertEquals(Instant.parse("2026-05-01T12:00:30Z"), before.serverTime());
        assertEquals(Duration.ofSeconds(-5), after.clockOffset());
        assertEquals(Instant.parse("2026-05-01T11:59:55Z"), after.serverTime());

        for (int i = 0; i < 3; i++) {
          assertEquals(200, http.get(before.url("/contacts"), "Authorization", "Bearer t").code());
        }
        assertEquals(2, before.stats().requests().size(), "the request log keeps the limit it started with");
        assertEquals(200, http.get(after.url("/contacts"), "Authorization", "Bearer t").code());
        assertEquals(429, http.get(after.url("/contacts"), "Authorization", "Bearer t").code());
        assertEquals(0, after.stats().requests().size());
        assertEquals(0, before.stats().count429(), "the undeclared limit came after it started");
      }
    }
  }

  @Test
  void badSettingsFailAtOnceWithTheValue() {
    VendorSandbox.Builder builder = VendorSandbox.builder(VendorProfile.nylas());
    assertEquals("requestLogLimit < 0: -1",
        assertThrows(IllegalArgumentException.class, () -> builder.requestLogLimit(-1)).getMessage());
    assertEquals("permits < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> builder.undeclaredLimit(0, Duration.ofSeconds(1))).getMessage());
    assertEquals("clock == null", assertThrows(NullPointerException.class, () -> builder.clock(null)).getMessage());
    assertEquals("latency < 0: PT-1S",
        assertThrows(IllegalArgumentException.class, () -> builder.latency(Duration.ofSeconds(-1))).getMessage());
  }
}
