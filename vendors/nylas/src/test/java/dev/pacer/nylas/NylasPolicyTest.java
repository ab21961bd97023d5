package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.policy.Endpoint;
import dev.pacer.vendor.support.EndpointTagInterceptor;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** Which of {@link NylasPolicy}'s rules each typed endpoint falls under, asked of Pacer itself. */
final class NylasPolicyTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.nylas.com/");
  private static final String TOKEN = "policy-test-token";

  /** Every account service interface {@link NylasAccount} hands out. */
  static final List<Class<?>> ACCOUNT_SERVICES = List.of(AccountApi.class, MessagesApi.class, ThreadsApi.class,
      ContactsApi.class, DraftsApi.class, DeltaApi.class, FoldersApi.class, LabelsApi.class,
      FilesApi.class, CalendarsApi.class, EventsApi.class, JobStatusesApi.class, OutboxApi.class, OAuthApi.class);

  /** Every endpoint the typed interfaces call, as the client tags it, by its label. */
  static Map<String, Endpoint> typedEndpoints(List<Class<?>> services) {
    Map<String, Endpoint> out = new TreeMap<>();
    for (Class<?> service : services) {
      for (Method m : service.getDeclaredMethods()) {
        if (m.isDefault() || m.isSynthetic()) continue;
        Endpoint e = EndpointTagInterceptor.endpointOf(m, BASE);
        assertNotNull(e, service.getSimpleName() + "." + m.getName() + " has no HTTP annotation");
        out.put(e.toString(), e);
      }
    }
    return out;
  }

  private static Request request(Endpoint endpoint) {
    String path = endpoint.template().replaceAll("\\{[^}]+}", "x1");
    boolean bodyless = endpoint.method().equals("GET") || endpoint.method().equals("DELETE");
    return new Request.Builder()
        .url(BASE.resolve(path.substring(1)))
        .method(endpoint.method(), bodyless ? null : RequestBody.create(new byte[0]))
        .header("Authorization", "Bearer " + TOKEN)
        .tag(Endpoint.class, endpoint)
        .build();
  }

  /** The endpoints issue 20 typed; none is one the seed page caps by concurrency. */
  private static final List<String> ADDED = List.of(
      "GET /folders", "POST /folders", "GET /folders/{id}", "PUT /folders/{id}", "DELETE /folders/{id}",
      "GET /labels", "POST /labels", "GET /labels/{id}", "PUT /labels/{id}", "DELETE /labels/{id}",
      "GET /files", "POST /files", "GET /files/{id}", "DELETE /files/{id}", "GET /files/{id}/download",
      "GET /calendars", "POST /calendars", "GET /calendars/{id}", "PUT /calendars/{id}", "DELETE /calendars/{id}",
      "POST /calendars/free-busy", "POST /calendars/availability", "POST /calendars/availability/consecutive",
      "GET /resources",
      "GET /events", "POST /events", "GET /events/{id}", "PUT /events/{id}", "DELETE /events/{id}", "POST /send-rsvp",
      "GET /a/{client_id}/webhooks", "POST /a/{client_id}/webhooks", "GET /a/{client_id}/webhooks/{id}",
      "PUT /a/{client_id}/webhooks/{id}", "DELETE /a/{client_id}/webhooks/{id}",
      "GET /job-statuses", "GET /job-statuses/{id}",
      "GET /outbox", "POST /outbox", "PUT /outbox/{job_status_id}", "DELETE /outbox/{job_status_id}",
      "POST /oauth/revoke", "POST /oauth/token");

  /** The seed page's concurrency caps, by the first path segment they cover. */
  private static String capOf(Endpoint e) {
    String path = e.template();
    if (path.equals("/delta/streaming")) return "streaming-concurrency";
    if (path.equals("/delta/longpoll")) return "longpoll-concurrency";
    for (String query : List.of("/messages", "/threads", "/contacts")) {
      if (path.equals(query) || path.startsWith(query + "/")) return "query-concurrency";
    }
    return null;
  }

  private final Pacer pacer = Pacer.builder(NylasPolicy.POLICY).build();

  @Test
  void everyAddedEndpointIsTyped() {
    Set<String> typed = new java.util.TreeSet<>(typedEndpoints(ACCOUNT_SERVICES).keySet());
    typed.addAll(typedEndpoints(List.of(ApplicationApi.class)).keySet());
    for (String e : ADDED) assertTrue(typed.contains(e), e + " is not typed: " + typed);
    // Of the Nylas API v2.2 reference's 92 operations, 36 were typed before issue 20.
    assertEquals(36 + ADDED.size(), typed.size(), typed.toString());
    assertEquals(79, typed.size());
  }

  @Test
  void everyAccountEndpointIsChargedPerEndpointToTheApplicationAndToTheAccount() {
    for (Endpoint e : typedEndpoints(ACCOUNT_SERVICES).values()) {
      List<String> buckets = pacer.diagnostics().bucketKeys(request(e));
      assertEquals(2, buckets.size(), e + " -> " + buckets);
      assertEquals("application|app|" + e, buckets.get(0), e.toString());
      assertTrue(buckets.get(1).startsWith("account|cred:") && buckets.get(1).endsWith("|" + e), e + " -> " + buckets);
      assertTrue(buckets.stream().noneMatch(b -> b.contains(TOKEN)), "a bucket key shows the token: " + buckets);
    }
  }

  @Test
  void onlyTheSeedPagesPathsHoldAConcurrencySlot() {
    int capped = 0;
    for (Endpoint e : typedEndpoints(ACCOUNT_SERVICES).values()) {
      List<String> caps = pacer.diagnostics().concurrencyKeys(request(e));
      String expected = capOf(e);
      if (expected == null) {
        assertEquals(List.of(), caps, e.toString());
      } else {
        capped++;
        assertEquals(1, caps.size(), e + " -> " + caps);
        assertTrue(caps.get(0).startsWith(expected + "|cred:"), e + " -> " + caps);
      }
    }
    assertTrue(capped >= 17, "capped endpoints: " + capped);
    Map<String, Endpoint> all = new TreeMap<>(typedEndpoints(ACCOUNT_SERVICES));
    all.putAll(typedEndpoints(List.of(ApplicationApi.class)));
    for (String added : ADDED) {
      assertEquals(List.of(), pacer.diagnostics().concurrencyKeys(request(all.get(added))), added);
    }
  }

  @Test
  void applicationEndpointsAreChargedPerEndpointAndTheIpAddressesAlsoHourly() {
    for (Endpoint e : typedEndpoints(List.of(ApplicationApi.class)).values()) {
      List<String> buckets = pacer.diagnostics().bucketKeys(request(e));
      boolean ip = e.toString().equals("GET /a/{client_id}/ip_addresses");
      // The seed page: the IP addresses endpoint has its own 10 per hour instead of the general limit.
      assertEquals(List.of((ip ? "ip-addresses|app|" : "application|app|") + e),
          buckets.stream().filter(b -> !b.startsWith("account|")).toList(), e.toString());
      List<String> account = buckets.stream().filter(b -> b.startsWith("account|")).toList();
      assertEquals(1, account.size(), e + " -> " + buckets);
      assertTrue(account.get(0).startsWith("account|cred:") && account.get(0).endsWith("|" + e), e + " -> " + buckets);
      assertEquals(List.of(), pacer.diagnostics().concurrencyKeys(request(e)), e.toString());
    }
  }
}
