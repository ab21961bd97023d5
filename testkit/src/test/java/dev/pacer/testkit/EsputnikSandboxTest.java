package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class EsputnikSandboxTest {
  private static final String API_KEY = "es-api-key-0123456789";
  private final ManualClock clock = new ManualClock();
  private final Http http = new Http();

  @AfterEach
  void closeClient() {
    http.close();
  }

  @Test
  void burstOnAListedMethodGetsPlain429sWithoutHints() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).clock(clock).start()) {
      assertEquals(sandbox.url("/api/"), sandbox.baseUrl());
      int rejected = 0;
      for (int i = 0; i < 60; i++) {
        Http.Answer answer = http.get(sandbox.baseUrl().resolve("v1/contacts"),
            "Authorization", Credentials.basic("x", API_KEY));
        assertNotNull(answer.headers().get("Date"));
        if (answer.code() == 429) {
          rejected++;
          assertEquals("Too many requests: More than 50 requests per 1 second.", answer.body());
          assertNull(answer.headers().get("Retry-After"));
          assertNull(answer.headers().get("X-RateLimit-Reset"));
        } else {
          assertEquals("3", answer.headers().get("TotalCount"));
        }
      }
      assertEquals(10, rejected);
      clock.advance(Duration.ofSeconds(1));
      assertEquals(200, http.get(sandbox.url("/api/v1/contacts")).code());
      assertEquals(51, sandbox.stats().admitted("GET /api/v1/contacts"));
      assertEquals(50, sandbox.stats().maxAdmittedInAnyWindow("GET /api/v1/contacts"));
    }
  }

  @Test
  void logAndBucketsNeverShowTheApiKey() throws IOException {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).clock(clock).start()) {
      String authorization = Credentials.basic("x", API_KEY);
      http.send("POST", sandbox.url("/api/v1/event?apikey=" + API_KEY), "Authorization", authorization);
      SandboxStats stats = sandbox.stats();
      LoggedRequest logged = stats.requests().get(0);
      assertEquals("POST", logged.method());
      assertEquals("/api/v1/event", logged.path());
      assertEquals(200, logged.status());
      assertEquals(java.util.List.of("POST /api/v1/event"), logged.buckets());
      assertTrue(logged.headers().get("Authorization").startsWith("redacted:"));
      String everything = stats.toString() + stats.requests() + logged.headers();
      assertFalse(everything.contains(API_KEY), everything);
      assertFalse(everything.contains(authorization.substring(6)), everything);
      assertThrows(IllegalArgumentException.class, () -> stats.admitted("GET /api/v1/contact"));
    }
  }
}
