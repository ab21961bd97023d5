package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.time.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class KoreCcaiModelTest {
  private static final String AGENTS = "/agentassist/api/v1/public/st-1/agents/a-1";
  private final ManualClock clock = new ManualClock();
  private final SandboxEngine engine = SandboxEngine.builder().clock(clock).build(new KoreCcaiModel());

  @Test
  void accountGetsSixtyPerMinuteThenTheFixedMessage() {
    clock.advance(Duration.ofSeconds(20));
    for (int i = 0; i < 60; i++) {
      assertEquals(200, engine.handle(request("GET", AGENTS, "accountId", "acc1")).status());
      clock.advance(Duration.ofMillis(100));
    }
    Reply rejected = engine.handle(request("GET", AGENTS, "accountId", "acc1"));
    assertEquals(429, rejected.status());
    assertEquals("{\"errors\":[{\"msg\":\"You've exceeded the per-minute rate limit. Please wait"
        + " for sometime before retrying.\",\"code\":429}]}", rejected.body());
    assertNull(rejected.headers().get("Retry-After"));
    assertNull(rejected.headers().get("X-RateLimit-Reset"));
    // Another account has its own minute; the window ends at the minute boundary.
    assertEquals(200, engine.handle(request("GET", AGENTS, "accountId", "acc2")).status());
    clock.advance(Duration.ofSeconds(34));
    assertEquals(200, engine.handle(request("GET", AGENTS, "accountId", "acc1")).status());
  }

  @Test
  void allListedApiFamiliesShareTheAccountBucket() {
    for (int i = 0; i < 20; i++) {
      engine.handle(request("GET", "/agentassist/api/public/analytics/account/acc9/agents"));
      engine.handle(request("POST", "/campaign/api/v2/public/st-1/campaign/getAllCampaignDetails?accountId=acc9"));
      engine.handle(request("GET", "/api/public/bot/st-1/v2/recordings?sessionId=s", "accountId", "acc9"));
    }
    assertEquals(429, engine.handle(request("GET", AGENTS, "accountId", "acc9")).status());
    assertEquals(60, engine.stats().buckets().get("account:acc9").admitted());
    assertEquals(200, engine.handle(request("GET", "/health")).status());
  }
}
