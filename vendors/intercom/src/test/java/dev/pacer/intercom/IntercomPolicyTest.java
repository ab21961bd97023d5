package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IntercomPolicyTest {

  @Test
  void theStandardPolicyIsOneAppBucketOf166Per10SecondsAnd1000PerMinute() {
    RateLimitPolicy p = IntercomPolicy.standard();
    assertEquals("intercom", p.name());
    assertEquals(1, p.rules().size());
    Rule app = p.rule("app");
    assertTrue(app.isOtherwise());
    assertTrue(app.isShared());
    assertEquals(Scope.application(), app.scope());
    assertEquals(List.of(Rate.of(166, Duration.ofSeconds(10)), Rate.perMinute(1000)), app.rates());
    assertTrue(app.learnsFromHeaders());
    assertEquals(ResetFormat.EPOCH_SECONDS, p.resetFormat());
  }

  @Test
  void aHigherPlanScalesBothRates() {
    Rule app = IntercomPolicy.of(10_000).rule(IntercomPolicy.RULE);
    assertEquals(List.of(Rate.of(1666, Duration.ofSeconds(10)), Rate.perMinute(10_000)), app.rates());
    assertTrue(app.learnsFromHeaders());
  }

  @Test
  void aLimitBelowOnePerWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntercomPolicy.of(5));
    assertEquals("perMinute < 6: 5", e.getMessage());
  }
}
