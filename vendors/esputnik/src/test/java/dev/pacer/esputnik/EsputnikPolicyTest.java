package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rate;
import dev.pacer.policy.Rule;
import dev.pacer.vendor.support.EndpointTagInterceptor;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

final class EsputnikPolicyTest {
  /** The seed page's table: endpoint → requests per second. */
  private static final Map<String, Integer> SEED = new LinkedHashMap<>();

  static {
    SEED.put("GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId", 150);
    SEED.put("GET /api/v1/contacts", 50);
    SEED.put("POST /api/v1/event", 350);
    SEED.put("POST /api/v1/past_events", 100);
    SEED.put("DELETE /api/v1/past_events", 5);
    SEED.put("PUT /api/v1/interactions/{interaction_id}/status", 300);
    SEED.put("GET /api/v2/contacts/messages", 10);
    SEED.put("POST /api/v2/event", 350);
    SEED.put("POST /api/v2/past_events", 100);
    SEED.put("GET /api/v1/messages/email/{id}", 10);
  }

  private static final Class<?>[] SERVICES = {ContactsApi.class, EventsApi.class, MessagesApi.class, AccountApi.class,
      GroupsApi.class, OrdersApi.class};

  /** Every endpoint the Retrofit interfaces call, as the client tags it. */
  private static Set<String> typedEndpoints() {
    Set<String> out = new LinkedHashSet<>();
    for (Class<?> service : SERVICES) {
      for (Method m : service.getDeclaredMethods()) {
        if (m.isDefault()) continue;
        Endpoint e = EndpointTagInterceptor.endpointOf(m, EsputnikClient.DEFAULT_BASE_URL);
        assertNotNull(e, service.getSimpleName() + "." + m.getName() + " has no HTTP annotation");
        out.add(e.toString());
      }
    }
    return out;
  }

  private static List<String> bucketsOf(Pacer pacer, String endpoint) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String template = endpoint.substring(endpoint.indexOf(' ') + 1);
    String path = template.replaceAll("\\{[^}]+}", "1");
    Request request = new Request.Builder()
        .url(okhttp3.HttpUrl.get("https://esputnik.com" + path))
        .method(method, method.equals("GET") ? null : okhttp3.RequestBody.create(new byte[0]))
        .tag(Endpoint.class, Endpoint.of(method, template))
        .build();
    return pacer.diagnostics().bucketKeys(request);
  }

  @Test
  void declaresEverySeedMethodAtItsRateInItsOwnBucket() {
    for (Map.Entry<String, Integer> e : SEED.entrySet()) {
      Rule rule = EsputnikPolicy.POLICY.rules().stream().filter(r -> r.endpoints().contains(e.getKey()))
          .filter(r -> r.scope().equals(dev.pacer.policy.Scope.application())).findFirst().orElseThrow();
      assertFalse(rule.isShared(), rule.toString());
      assertEquals(1, rule.endpoints().size(), rule.toString());
      assertEquals(Rate.perSecond(e.getValue()), rule.rates().get(0), rule.toString());
    }
  }

  @Test
  void everySeedMethodIsTypedWithTheSameTemplate() {
    assertTrue(typedEndpoints().containsAll(SEED.keySet()), typedEndpoints().toString());
  }

  @Test
  void seedMethodsAreChargedOnlyToTheirOwnBucket() {
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    for (String endpoint : SEED.keySet()) {
      List<String> buckets = bucketsOf(pacer, endpoint);
      assertFalse(buckets.stream().anyMatch(b -> b.startsWith("default|")), endpoint + " -> " + buckets);
      assertEquals(1, buckets.size(), endpoint + " -> " + buckets);
    }
  }

  @Test
  void everyOtherTypedMethodSharesTheOneDefaultBucket() {
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    Set<String> defaults = new LinkedHashSet<>();
    int unlisted = 0;
    for (String endpoint : typedEndpoints()) {
      if (SEED.containsKey(endpoint)) continue;
      unlisted++;
      List<String> buckets = bucketsOf(pacer, endpoint);
      buckets.stream().filter(b -> b.startsWith("default|")).forEach(defaults::add);
      assertTrue(buckets.stream().anyMatch(b -> b.startsWith("default|")), endpoint + " -> " + buckets);
    }
    assertTrue(unlisted >= 34, "typed unlisted methods: " + unlisted);
    assertEquals(1, defaults.size(), "one shared bucket for all unlisted methods: " + defaults);
    assertEquals(List.of(Rate.perSecond(200)), EsputnikPolicy.POLICY.rule("default").rates());
  }

  @Test
  void messageReadsCarryTheHourlyCapOnTopOfTheirPerSecondBucket() {
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    assertEquals(List.of(Rate.perSecond(10), Rate.perHour(500)), EsputnikPolicy.POLICY.rule("email-message").rates());
    List<String> sms = bucketsOf(pacer, "GET /api/v1/messages/sms/{id}");
    assertEquals(2, sms.size(), sms.toString());
    assertTrue(sms.stream().anyMatch(b -> b.startsWith("default|")), sms.toString());
    assertTrue(sms.stream().anyMatch(b -> b.startsWith("message-reads-hourly|") && b.endsWith("GET /api/v1/messages/sms/{id}")), sms.toString());
    List<String> search = bucketsOf(pacer, "GET /api/v1/messages/email");
    assertFalse(search.stream().filter(b -> b.startsWith("message-reads-hourly|")).anyMatch(sms::contains),
        "each message read has its own hourly bucket");
  }

  @Test
  void everyTypedMessageReadIsCappedHourlyInItsOwnBucketBesidesTheShared200PerSecond() {
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    Set<String> typedReads = new LinkedHashSet<>();
    for (String endpoint : typedEndpoints()) {
      if (endpoint.startsWith("GET /api/v1/messages/") && !endpoint.equals("GET /api/v1/messages/email/{id}")) {
        typedReads.add(endpoint);
      }
    }
    assertEquals(Set.of("GET /api/v1/messages/email", "GET /api/v1/messages/sms", "GET /api/v1/messages/sms/{id}",
        "GET /api/v1/messages/viber", "GET /api/v1/messages/viber/{id}", "GET /api/v1/messages/mobilepush",
        "GET /api/v1/messages/mobilepush/{id}", "GET /api/v1/messages/appinbox", "GET /api/v1/messages/appinbox/{id}",
        "GET /api/v1/messages/telegram", "GET /api/v1/messages/telegram/{id}"), typedReads);
    for (String endpoint : typedReads) {
      List<String> buckets = bucketsOf(pacer, endpoint);
      assertEquals(2, buckets.size(), endpoint + " -> " + buckets);
      assertTrue(buckets.stream().anyMatch(b -> b.startsWith("default|")), endpoint + " -> " + buckets);
      assertTrue(buckets.stream().anyMatch(b -> b.startsWith("message-reads-hourly|") && b.endsWith(endpoint)),
          endpoint + " -> " + buckets);
    }
  }

  @Test
  void theNewGroupOrderActivityAndSubscriptionMethodsAreChargedOnlyToTheSharedBucket() {
    Pacer pacer = Pacer.builder(EsputnikPolicy.POLICY).build();
    for (String endpoint : List.of("GET /api/v1/groups", "GET /api/v1/group/{id}/contacts",
        "POST /api/v1/group/{id}/contacts/attach", "POST /api/v1/group/{id}/contacts/detach", "POST /api/v1/orders",
        "GET /api/v2/contacts/activity", "GET /api/v1/addressbooks", "GET /api/v1/contact/{id}/subscriptions",
        "PUT /api/v1/contact/{id}/subscriptions", "GET /api/v1/subscriptions", "POST /api/v1/message/viber",
        "POST /api/v1/emails/unsubscribed/add", "POST /api/v1/emails/unsubscribed/delete")) {
      assertTrue(typedEndpoints().contains(endpoint), endpoint + " is not typed");
      List<String> buckets = bucketsOf(pacer, endpoint);
      assertEquals(1, buckets.size(), endpoint + " -> " + buckets);
      assertTrue(buckets.get(0).startsWith("default|"), endpoint + " -> " + buckets);
    }
  }
}
