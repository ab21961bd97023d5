package dev.pacer.koreccai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rate;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.vendor.support.EndpointTagInterceptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

final class KoreCcaiPolicyTest {
  static final Class<?>[] SERVICES = {AgentsApi.class, SkillsApi.class, AgentGroupsApi.class, QueuesApi.class,
      ContactsApi.class, ConversationsApi.class, AnalyticsApi.class, WfmApi.class, HoursOfOperationApi.class,
      CampaignsApi.class, VoiceGatewayApi.class, ImportExportApi.class};

  /** Every endpoint the Retrofit interfaces call, as the client tags it. */
  static Set<Endpoint> typedEndpoints() {
    Set<Endpoint> out = new LinkedHashSet<>();
    for (Class<?> service : SERVICES) {
      for (Method m : service.getDeclaredMethods()) {
        if (m.isDefault() || m.isSynthetic()) continue;
        Endpoint e = EndpointTagInterceptor.endpointOf(m, KoreCcaiRegion.US.baseUrl());
        assertNotNull(e, service.getSimpleName() + "." + m.getName() + " has no HTTP annotation");
        out.add(e);
      }
    }
    return out;
  }

  /** How many methods of the Retrofit interfaces call an endpoint (twins of one endpoint included). */
  static int endpointMethodCount() {
    int n = 0;
    for (Class<?> service : SERVICES) {
      for (Method m : service.getDeclaredMethods()) {
        if (!m.isDefault() && !m.isSynthetic()) n++;
      }
    }
    return n;
  }

  /** The bucket keys Pacer charges for a request tagged {@code endpoint} from account {@code accountId}. */
  private static List<String> bucketsOf(Pacer pacer, Endpoint endpoint, String url, String accountId) {
    Request.Builder b = new Request.Builder()
        .url(HttpUrl.get(url))
        .method(endpoint.method(), endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
            ? null : RequestBody.create(new byte[0]))
        .tag(Endpoint.class, endpoint);
    if (accountId != null) b.header("accountId", accountId);
    return pacer.diagnostics().bucketKeys(b.build());
  }

  private static String pathOf(Endpoint e) {
    return e.template().replaceAll("\\{[^}]+}", "x1");
  }

  @Test
  void declaresTheSeedsOneAccountLimitOfSixtyPerMinute() {
    assertEquals(1, KoreCcaiPolicy.POLICY.rules().size());
    Rule rule = KoreCcaiPolicy.POLICY.rule(KoreCcaiPolicy.RULE);
    assertTrue(rule.isShared(), "one total for every API group, not 60 each");
    assertEquals(Scope.credential("accountId"), rule.scope());
    assertEquals(List.of(Rate.perMinute(60)), rule.rates());
    assertEquals(0, rule.maxConcurrent());
  }

  @Test
  void everyTypedEndpointFallsInTheOneBucketOfItsAccount() {
    Pacer pacer = Pacer.builder(KoreCcaiPolicy.POLICY).build();
    Set<Endpoint> endpoints = typedEndpoints();
    assertTrue(endpoints.size() >= 28, "typed endpoints: " + endpoints.size());
    Set<String> buckets = new LinkedHashSet<>();
    for (Endpoint e : endpoints) {
      List<String> keys = bucketsOf(pacer, e, "https://platform.kore.ai" + pathOf(e), "65f1c0ffee00000000000001");
      assertEquals(1, keys.size(), e + " -> " + keys);
      buckets.addAll(keys);
    }
    assertEquals(1, buckets.size(), "one shared bucket: " + buckets);
    String key = buckets.iterator().next();
    assertTrue(key.startsWith(KoreCcaiPolicy.RULE + "|"), key);
    assertFalse(key.contains("65f1c0ffee00000000000001"), "the account is hashed in bucket keys: " + key);
  }

  @Test
  void theNewPathFamiliesAreChargedToTheAccountsOneBucket() {
    Pacer pacer = Pacer.builder(KoreCcaiPolicy.POLICY).build();
    String queues = "https://platform.kore.ai/agentassist/api/v1/public/st-1/queues";
    List<String> shared = bucketsOf(pacer, Endpoint.of("GET", "/agentassist/api/v1/public/{streamId}/queues"), queues,
        "acct");
    // "Add Contacts to a Contact List" lives under /api/1.1/public/, the recordings under /api/public/bot/.
    for (Endpoint e : List.of(
        Endpoint.of("POST", "/api/1.1/public/{streamId}/campaign/contactList/addContacts"),
        Endpoint.of("DELETE", "/api/public/bot/{botId}/v2/recordings"),
        Endpoint.of("POST", "/api/public/bot/{botId}/outboundsms"),
        Endpoint.of("POST", "/campaign/api/v2/public/{streamId}/campaign"),
        Endpoint.of("GET", "/agentassist/api/v1/public/analytics/{botId}/retrieveSmartAssistFunctionalities"))) {
      assertEquals(shared, bucketsOf(pacer, e, "https://platform.kore.ai" + pathOf(e), "acct"), e.toString());
    }
    Endpoint other = Endpoint.of("GET", "/api/1.1/public/{streamId}/builder/bots");
    List<String> otherKeys = bucketsOf(pacer, other, "https://platform.kore.ai" + pathOf(other), "acct");
    assertFalse(otherKeys.stream().anyMatch(k -> k.startsWith(KoreCcaiPolicy.RULE + "|")),
        "only the campaign calls under /api/1.1/public/ are CCAI's: " + otherKeys);
  }

  @Test
  void eachAccountHasItsOwnBucket() {
    Pacer pacer = Pacer.builder(KoreCcaiPolicy.POLICY).build();
    Endpoint e = Endpoint.of("GET", "/agentassist/api/v1/public/{streamId}/queues");
    String url = "https://platform.kore.ai/agentassist/api/v1/public/st-1/queues";
    assertNotEquals(bucketsOf(pacer, e, url, "account-a"), bucketsOf(pacer, e, url, "account-b"));
    assertEquals(bucketsOf(pacer, e, url, "account-a"), bucketsOf(pacer, e, url, "account-a"));
  }

  @Test
  void chargingFollowsTheEndpointTagNotTheUrlPath() {
    Pacer pacer = Pacer.builder(KoreCcaiPolicy.POLICY).build();
    Endpoint e = Endpoint.of("POST", "/agentassist/api/public/analytics/account/{accountId}/v2/callDetails");
    // A proxy or sandbox prefix changes the URL, not what the request is.
    List<String> proxied = bucketsOf(pacer, e, "https://proxy.example/kore/eu/any/thing", "acct");
    assertEquals(bucketsOf(pacer, e, "https://platform.kore.ai/agentassist/api/public/analytics/account/acct/v2/callDetails",
        "acct"), proxied);
    assertTrue(proxied.get(0).startsWith(KoreCcaiPolicy.RULE + "|"), proxied.toString());
  }

  @Test
  void withRateKeepsTheShapeAndChangesOnlyTheRate() {
    Rule rule = KoreCcaiPolicy.withRate(Rate.perMinute(600)).rule(KoreCcaiPolicy.RULE);
    Rule published = KoreCcaiPolicy.POLICY.rule(KoreCcaiPolicy.RULE);
    assertEquals(List.of(Rate.perMinute(600)), rule.rates());
    assertEquals(published.endpoints(), rule.endpoints());
    assertEquals(published.scope(), rule.scope());
    assertTrue(rule.isShared());
  }

  /** Every endpoint method's Javadoc names the limit it counts against. */
  @Test
  void everyEndpointMethodsJavadocNamesItsLimit() throws IOException {
    Pattern method = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@Multipart\\s*)?@(GET|POST|PUT|DELETE|PATCH|HTTP)\\(",
        Pattern.DOTALL);
    int checked = 0;
    List<String> missing = new ArrayList<>();
    for (Class<?> service : SERVICES) {
      Path source = Path.of("src/main/java", service.getName().replace('.', '/') + ".java");
      String text = Files.readString(source);
      int annotated = text.split("\n\\s*@(GET|POST|PUT|DELETE|PATCH|HTTP)\\(", -1).length - 1;
      Matcher m = method.matcher(text);
      int documented = 0;
      while (m.find()) {
        documented++;
        String doc = m.group(1).replaceAll("\\s*\\*\\s*", " ");
        if (!doc.contains("<b>60/min</b> per account") || !doc.contains("account-per-minute")) {
          missing.add(service.getSimpleName() + ": " + doc.trim());
        }
      }
      assertEquals(annotated, documented, service.getSimpleName() + ": every endpoint method has Javadoc");
      checked += documented;
    }
    assertEquals(List.of(), missing);
    assertEquals(endpointMethodCount(), checked, "the async twins are documented too");
  }

  @Test
  void koresDocumentedMessageIsAThrottleWhateverTheStatus() {
    var signal = KoreCcaiPolicy.POLICY.throttleSignal();
    String body = "{\"errors\":[{\"msg\":\"You've exceeded the per-minute rate limit. Please wait for sometime before retrying.\",\"code\":429}]}";
    org.junit.jupiter.api.Assertions.assertTrue(signal.isThrottle(400, okhttp3.Headers.of(), body));
    org.junit.jupiter.api.Assertions.assertTrue(signal.isThrottle(500, okhttp3.Headers.of(), body));
    org.junit.jupiter.api.Assertions.assertFalse(signal.isThrottle(400, okhttp3.Headers.of(), "{\"errors\":[{\"msg\":\"bad request\"}]}"));
  }
}
