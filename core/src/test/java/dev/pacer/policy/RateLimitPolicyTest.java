package dev.pacer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class RateLimitPolicyTest {

  private static String failure(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void zeroOrNegativeLimitsFailWithTheBadValue() {
    assertTrue(failure(() -> Rate.perSecond(0)).contains("permits < 1: 0"));
    assertTrue(failure(() -> Rate.of(-5, Duration.ofSeconds(1))).contains("-5"));
    assertTrue(failure(() -> Rate.of(5, Duration.ZERO)).contains("period < 1 ms"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").maxConcurrent(0)).contains("maxConcurrent < 1: 0"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").burst(0)).contains("burst < 1: 0"));
  }

  @Test
  void malformedTemplatesFailWhenTheRuleIsBuilt() {
    assertTrue(failure(() -> Rule.builder("r").endpoint("/no/method").rate(Rate.perSecond(1)).build()).contains("METHOD /path"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET no/slash").rate(Rate.perSecond(1)).build()).contains("must start with '/'"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a/{id").rate(Rate.perSecond(1)).build()).contains("malformed variable '{id'"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a//b").rate(Rate.perSecond(1)).build()).contains("empty path segment"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a/**/b").rate(Rate.perSecond(1)).build()).contains("'**' must be the last"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a/{x}/{x}").rate(Rate.perSecond(1)).build()).contains("appears twice"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("G3T /a").rate(Rate.perSecond(1)).build()).contains("bad method"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a?x=1").rate(Rate.perSecond(1)).build()).contains("query"));
  }

  @Test
  void aRuleMustCoverRequestsAndLimitThem() {
    assertTrue(failure(() -> Rule.builder("r").rate(Rate.perSecond(1)).build()).contains("covers no requests"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").build()).contains("declares no limit"));
    assertTrue(failure(() -> Rule.builder("r").otherwise().endpoint("GET /a").rate(Rate.perSecond(1)).build()).contains("also lists endpoints"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").rate(Rate.perSecond(1)).rate(Rate.perSecond(2)).build()).contains("two rates over PT1S"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").rate(Rate.perSecond(3)).burst(4).build()).contains("burst 4 > permits of 3/1s"));
  }

  @Test
  void aBucketSizeNeedsExactlyOneRateAndNoBurst() {
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").bucketSize(0)).contains("bucketSize < 1: 0"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").maxConcurrent(2).bucketSize(5).build())
        .contains("needs exactly one rate"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").rate(Rate.perSecond(2)).rate(Rate.perMinute(60)).bucketSize(5).build())
        .contains("needs exactly one rate"));
    assertTrue(failure(() -> Rule.builder("r").endpoint("GET /a").rate(Rate.perSecond(2)).burst(2).bucketSize(5).build())
        .contains("both burst and bucketSize"));
    Rule shopifyLike = Rule.builder("r").endpoint("GET /a").rate(Rate.perSecond(2)).bucketSize(40).build();
    assertEquals(40, shopifyLike.bucketSize());
    assertEquals(40, shopifyLike.toBuilder().build().bucketSize());
    assertTrue(shopifyLike.toString().contains("bucketSize=40"), shopifyLike.toString());
  }

  @Test
  void pathVariableScopeNeedsTheVariableInEveryTemplate() {
    String m = failure(() -> Rule.builder("imap").endpoints("GET /users/{id}/messages", "GET /accounts/{label}")
        .scope(Scope.pathVariable("id")).rate(Rate.perMinute(240)).build());
    assertTrue(m.contains("'GET /accounts/{label}' has no such variable"), m);
    assertTrue(failure(() -> Rule.builder("x").otherwise().scope(Scope.pathVariable("id")).rate(Rate.perSecond(1)).build())
        .contains("cannot be scoped by path variable"));
  }

  @Test
  void duplicateAndOverlappingRulesFailWhenThePolicyIsBuilt() {
    assertTrue(failure(() -> RateLimitPolicy.builder("p")
        .rule("a", "GET /x", Rate.perSecond(1))
        .rule("a", "GET /y", Rate.perSecond(1))
        .build()).contains("two rules named 'a'"));
    String overlap = failure(() -> RateLimitPolicy.builder("p")
        .rule("a", "GET /messages/{id}", Rate.perSecond(1))
        .rule("b", "GET /messages/{messageId}", Rate.perSecond(2))
        .build());
    assertTrue(overlap.contains("rules 'a' and 'b' overlap"), overlap);
    assertTrue(failure(() -> Rule.builder("r").endpoints("GET /a/{x}", "GET /a/{y}").rate(Rate.perSecond(1)).build())
        .contains("twice"));
    assertTrue(failure(() -> RateLimitPolicy.builder("p")
        .rule(Rule.builder("d1").otherwise().rate(Rate.perSecond(1)).build())
        .rule(Rule.builder("d2").otherwise().rate(Rate.perSecond(2)).build())
        .build()).contains("two otherwise rules"));
  }

  @Test
  void sameEndpointUnderDifferentScopesIsAllowed() {
    RateLimitPolicy p = RateLimitPolicy.builder("nylas-like")
        .rule(Rule.builder("app").endpoint("GET /messages").rate(Rate.perSecond(500)).build())
        .rule(Rule.builder("account").endpoint("GET /messages").scope(Scope.credential("Authorization")).rate(Rate.perSecond(50)).build())
        .rule(Rule.builder("conc").endpoint("GET /messages").scope(Scope.credential("Authorization")).maxConcurrent(5).build())
        .build();
    assertEquals(3, p.rules().size());
  }

  @Test
  void builtPoliciesDoNotChangeWhenTheBuilderIsReused() {
    RateLimitPolicy.Builder b = RateLimitPolicy.builder("p").rule("a", "GET /a", Rate.perSecond(1));
    RateLimitPolicy first = b.build();
    b.rule("b", "GET /b", Rate.perSecond(1));
    assertEquals(1, first.rules().size());
    assertEquals(2, b.build().rules().size());
    assertEquals(first.rules(), first.toBuilder().build().rules());
  }

  @Test
  void toStringNamesRulesAndLimits() {
    Rule r = Rule.builder("imap").endpoint("GET /users/{id}/messages").scope(Scope.pathVariable("id"))
        .rate(Rate.perMinute(240)).build();
    assertEquals("Rule{imap: GET /users/{id}/messages per pathVariable(id) [240/1min]}", r.toString());
  }
}
