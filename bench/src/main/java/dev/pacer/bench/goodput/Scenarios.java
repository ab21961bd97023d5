package dev.pacer.bench.goodput;

import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.intercom.IntercomPolicy;
import dev.pacer.nylas.NylasPolicy;
import dev.pacer.testkit.VendorProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The acceptance workloads of the vendor issues, as goodput scenarios. {@link #full()} uses
 * the issues' sizes; {@link #quick()} scales them down so the whole set runs in seconds.
 */
final class Scenarios {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final String ESPUTNIK_AUTH = "Basic " + java.util.Base64.getEncoder()
      .encodeToString("bench:not-a-real-key".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private Scenarios() {}

  /**
   * eSputnik: 16 threads issue message-history calls (10/s), v1 events (350/s) and past-event
   * deletions (5/s) concurrently. Fixed one-second windows.
   */
  static Scenario esputnik(int history, int events, int deletions) {
    Map<String, String> auth = Map.of("Authorization", ESPUTNIK_AUTH);
    return new Scenario("esputnik", VendorProfile.esputnik(), Duration.ZERO, SECOND, 16,
        EsputnikPolicy.POLICY, true, List.of(
            Workload.rated("message history", history, "GET",
                "/api/v2/contacts/messages?contactId=1&maxrows=50", null, auth, 10, SECOND),
            Workload.rated("v1 events", events, "POST", "/api/v1/event",
                "{\"eventTypeKey\":\"bench\",\"keyValue\":\"c-1\",\"params\":[]}", auth, 350, SECOND),
            Workload.rated("past-event deletions", deletions, "DELETE", "/api/v1/past_events",
                "{\"from\":\"2024-01-01T00:00:00Z\",\"to\":\"2024-01-02T00:00:00Z\"}", auth, 5, SECOND)));
  }

  /**
   * eSputnik's shared bucket: 16 threads call two unlisted methods (get a contact, add a
   * contact), which together share one 200/s bucket.
   */
  static Scenario esputnikShared(int each) {
    Map<String, String> auth = Map.of("Authorization", ESPUTNIK_AUTH);
    return new Scenario("esputnik-shared", VendorProfile.esputnik(), Duration.ZERO, SECOND, 16,
        EsputnikPolicy.POLICY, true, List.of(
            Workload.rated("get contact", each, "GET", "/api/v1/contact/7", null, auth, 200, SECOND)
                .sharing("default"),
            Workload.rated("add contact", each, "POST", "/api/v1/contact",
                "{\"firstName\":\"Bench\",\"channels\":[{\"type\":\"email\",\"value\":\"bench@example.com\"}]}",
                auth, 200, SECOND).sharing("default")));
  }

  /**
   * Intercom: 8 threads list contacts against 166 per 10-second window, the sandbox clock 7 s
   * ahead of the client's.
   */
  static Scenario intercom(int lists) {
    return intercom("intercom", VendorProfile.intercom(), lists, 166);
  }

  /**
   * Intercom whose real limit is {@code enforced} per 10 s instead of the documented 166: Pacer
   * and Resilience4j are still configured with 166; only Pacer reads the server's headers.
   */
  static Scenario intercomEnforcing(int lists, int enforced) {
    String name = enforced < 166 ? "intercom-half-limit" : "intercom-double-limit";
    return intercom(name, VendorProfile.intercom(enforced), lists, enforced);
  }

  private static Scenario intercom(String name, VendorProfile profile, int lists, int enforced) {
    Map<String, String> headers = Map.of("Authorization", "Bearer bench-token", "Intercom-Version", "2.16");
    Workload list = Workload.rated("list contacts", lists, "GET", "/contacts?per_page=50", null, headers,
        166, Duration.ofSeconds(10));
    return new Scenario(name, profile, Duration.ofSeconds(7), SECOND, 8,
        IntercomPolicy.standard(), true, List.of(enforced == 166 ? list : list.enforcing(enforced)));
  }

  /**
   * Nylas: 16 threads on one account open streaming deltas (10 at once, each held by the
   * server for {@code hold}) and list messages (50/s per account, 5 queries at once).
   */
  static Scenario nylas(int streams, Duration hold, int listings) {
    Map<String, String> auth = Map.of("Authorization", "Bearer bench-account-a");
    return new Scenario("nylas", VendorProfile.nylas(), Duration.ZERO, hold, 16,
        NylasPolicy.POLICY, true, List.of(
            Workload.rated("streaming deltas", streams, "GET", "/delta/streaming?cursor=bench",
                null, auth, 50, SECOND).withConcurrency(10, hold),
            Workload.rated("message listings", listings, "GET", "/messages?limit=10", null, auth,
                50, SECOND).withConcurrency(5, Duration.ZERO)));
  }

  /** The issues' acceptance workloads at full size. */
  static List<Scenario> full() {
    return List.of(
        esputnik(200, 2_000, 50),
        esputnikShared(500),
        intercom(400),
        intercomEnforcing(200, 83),
        intercomEnforcing(400, 332),
        nylas(30, Duration.ofSeconds(2), 200));
  }

  /**
   * Scaled down to a few seconds per client: eSputnik and Nylas still exceed their limits;
   * Intercom's 20 calls fit one window and only check the wiring and the header handling.
   */
  static List<Scenario> quick() {
    return List.of(
        esputnik(30, 200, 5),
        intercom(20),
        nylas(12, Duration.ofMillis(300), 60));
  }
}
