package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.ResetFormat;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
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
    assertEquals(List.of(Rate.of(166, Duration.ofSeconds(10))), app.rates());
    assertTrue(app.learnsFromHeaders());
    assertEquals(ResetFormat.EPOCH_SECONDS, p.resetFormat());
  }

  @Test
  void aHigherPlanScalesBothRates() {
    Rule app = IntercomPolicy.of(10_000).rule(IntercomPolicy.RULE);
    assertEquals(List.of(Rate.of(1666, Duration.ofSeconds(10))), app.rates());
    assertTrue(app.learnsFromHeaders());
  }

  @Test
  void aLimitBelowOnePerWindowIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntercomPolicy.of(5));
    assertEquals("perMinute < 6: 5", e.getMessage());
  }

  /** The endpoints issue 20 added; each must be typed and charged like every other. */
  private static final List<String> ADDED_BY_ISSUE_20 = List.of(
      "POST /messages",
      "PUT /conversations/{conversation_id}",
      "POST /conversations/{conversation_id}/customers",
      "DELETE /conversations/{conversation_id}/customers/{contact_id}",
      "POST /conversations/redact",
      "POST /conversations/{conversation_id}/convert",
      "POST /contacts/merge",
      "GET /contacts/{contact_id}/companies",
      "GET /contacts/{contact_id}/segments",
      "GET /contacts/{contact_id}/subscriptions",
      "POST /contacts/{contact_id}/subscriptions",
      "DELETE /contacts/{contact_id}/subscriptions/{subscription_id}",
      "GET /companies/{company_id}/contacts",
      "GET /companies/{company_id}/segments",
      "GET /teams",
      "GET /teams/{team_id}",
      "GET /segments",
      "GET /segments/{segment_id}",
      "GET /subscription_types",
      "POST /tickets",
      "GET /tickets/{ticket_id}",
      "PUT /tickets/{ticket_id}",
      "DELETE /tickets/{ticket_id}",
      "POST /tickets/search",
      "POST /tickets/{ticket_id}/reply",
      "POST /tickets/{ticket_id}/tags",
      "DELETE /tickets/{ticket_id}/tags/{tag_id}",
      "GET /ticket_types",
      "GET /ticket_types/{ticket_type_id}",
      "GET /ticket_states",
      "GET /visitors",
      "PUT /visitors",
      "POST /visitors/convert",
      "POST /events/summaries");

  @Test
  void everyTypedEndpointIncludingTheNewOnesIsChargedToTheOneAppBucket() {
    Set<String> typed = TypedEndpoints.all();
    assertTrue(typed.containsAll(ADDED_BY_ISSUE_20), () -> "not typed: "
        + ADDED_BY_ISSUE_20.stream().filter(e -> !typed.contains(e)).toList());
    assertEquals(84, typed.size(), () -> "typed endpoints changed; update the README's coverage table: " + typed);

    Pacer pacer = Pacer.builder(IntercomPolicy.standard()).build();
    Set<String> buckets = new TreeSet<>();
    for (String endpoint : typed) {
      String[] parts = endpoint.split(" ", 2);
      HttpUrl url = IntercomRegion.US.baseUrl().resolve(parts[1].substring(1).replaceAll("\\{[^}]+}", "x1"));
      Request request = new Request.Builder()
          .url(url)
          .method(parts[0], parts[0].equals("GET") ? null : RequestBody.create(new byte[0]))
          .tag(Endpoint.class, Endpoint.of(parts[0], parts[1]))
          .build();
      List<String> keys = pacer.diagnostics().bucketKeys(request);
      assertEquals(1, keys.size(), endpoint + " -> " + keys);
      assertTrue(keys.get(0).startsWith(IntercomPolicy.RULE + "|"), endpoint + " -> " + keys);
      buckets.addAll(keys);
    }
    assertEquals(1, buckets.size(), "one bucket for the whole app: " + buckets);
  }
}
