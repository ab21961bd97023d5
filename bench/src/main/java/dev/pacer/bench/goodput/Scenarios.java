package dev.pacer.bench.goodput;

import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.intercom.IntercomPolicy;
import dev.pacer.nylas.NylasPolicy;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
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
    return Scenario.sandbox("esputnik", VendorProfile.esputnik(), Duration.ZERO, SECOND, 16,
        EsputnikPolicy.POLICY, false, List.of(
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
    return Scenario.sandbox("esputnik-shared", VendorProfile.esputnik(), Duration.ZERO, SECOND, 16,
        EsputnikPolicy.POLICY, false, List.of(
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
    return Scenario.sandbox(name, profile, Duration.ofSeconds(7), SECOND, 8,
        IntercomPolicy.standard(), true, List.of(enforced == 166 ? list : list.enforcing(enforced)));
  }

  /**
   * Nylas: 16 threads on one account open streaming deltas (10 at once, each held by the
   * server for {@code hold}) and list messages (50/s per account, 5 queries at once).
   */
  static Scenario nylas(int streams, Duration hold, int listings) {
    Map<String, String> auth = Map.of("Authorization", "Bearer bench-account-a");
    return Scenario.sandbox("nylas", VendorProfile.nylas(), Duration.ZERO, hold, 16,
        NylasPolicy.POLICY, true, List.of(
            Workload.rated("streaming deltas", streams, "GET", "/delta/streaming?cursor=bench",
                null, auth, 50, SECOND).withConcurrency(10, hold),
            Workload.rated("message listings", listings, "GET", "/messages?limit=10", null, auth,
                50, SECOND).withConcurrency(5, Duration.ZERO)));
  }

  // The adaptive-pacing scenarios (issue #16's targets). Each names its server in docs/benchmarks.md 4c.

  private static final Map<String, String> NO_HEADERS = Map.of();
  private static final String ORDER = "{\"item\":\"bench\",\"quantity\":1}";

  /**
   * Intercom with its headers: the {@code intercom} scenario under the name issue #16 measures
   * it by (400 listings, 166 per fixed 10-second window, sandbox clock 7 s ahead,
   * {@code X-RateLimit-Limit/Remaining/Reset} in epoch seconds on every answer).
   */
  static Scenario intercomHeaders(int lists) {
    return intercom("intercom-headers", VendorProfile.intercom(), lists, 166);
  }

  /**
   * A limit nobody declared: 20 per sliding second, refused with {@code 429 Retry-After: 1}
   * ({@code dateRetryAfter}: an HTTP-date one second ahead, truncated to the second as a server
   * formatting {@code now + 1 s} sends it). Pacer's policy has no rules; Resilience4j gets no
   * rate limiter (there is no number to give it), only its retry.
   */
  static Scenario undeclared(int calls, boolean dateRetryAfter) {
    LimitServer.Refusal refusal = dateRetryAfter
        ? LimitServer.Refusal.RETRY_AFTER_DATE : LimitServer.Refusal.RETRY_AFTER_SECONDS;
    return Scenario.limitServer(dateRetryAfter ? "undeclared-date" : "undeclared",
        LimitServer.Spec.limit(LimitServer.Kind.SLIDING, 20, 1_000, 0, refusal), 16,
        RateLimitPolicy.none(), List.of(
            Workload.rated("listings", calls, "GET", "/items?page=1", null, NO_HEADERS, 20, SECOND)
                .counted(Workload.Counting.SLIDING_WINDOW, 0).undeclared()));
  }

  /**
   * A flaky server with a documented 200 per fixed second for the whole app: 5% of answers
   * {@code 503 Retry-After: 1} (nothing done, nothing counted), 3% of admitted requests end in a
   * closed connection, half of those after the server applied them. 16 threads; GETs and POSTs
   * (each POST carrying the harness's call id, so the server counts how often it applied each).
   */
  static Scenario flaky(int gets, int posts) {
    LimitServer.Spec spec = LimitServer.Spec
        .limit(LimitServer.Kind.FIXED, 200, 1_000, 0, LimitServer.Refusal.RETRY_AFTER_SECONDS)
        .withFaults(0.05, 0.03, 0.5, GoodputMain.SEED);
    RateLimitPolicy policy = RateLimitPolicy.builder("flaky")
        .rule(Rule.builder("app").otherwise().shared().rate(Rate.perSecond(200)).build())
        .build();
    return Scenario.limitServer("flaky", spec, 16, policy, List.of(
        Workload.rated("reads", gets, "GET", "/items/7", null, NO_HEADERS, 200, SECOND).sharing("app"),
        Workload.rated("orders", posts, "POST", "/orders", ORDER, NO_HEADERS, 200, SECOND).sharing("app")));
  }

  /**
   * nginx {@code limit_req zone=... rate=10r/s} with {@code burst} (0: strict; else
   * {@code burst=N nodelay}), refusing with a bare 429 ({@code limit_req_status 429}). Pacer
   * declares what nginx is configured with: the rate, 10 per second, and a bucket of
   * {@code burst + 1} ({@code Rule.bucketSize}, as its Javadoc declares nginx: 1 for burst 0, the
   * same spacing as the plain rate, but a server-side bucket, whose answers Pacer's departure
   * check reads; {@code Rule.burst(n)} is not nginx's burst: Pacer keeps "at most 10 in any
   * second" for it). Resilience4j gets one permit per 100 ms,
   * which is what nginx's 10 r/s means (its limiter has no bucket on top of the rate).
   */
  static Scenario leaky(int calls, int burst) {
    Rule.Builder api = Rule.builder("api").otherwise().shared().rate(Rate.perSecond(10)).bucketSize(burst + 1);
    return Scenario.limitServer(burst == 0 ? "leaky-strict" : "leaky-burst",
        LimitServer.Spec.limit(LimitServer.Kind.LEAKY, 10, 1_000, burst, LimitServer.Refusal.BARE), 8,
        RateLimitPolicy.builder("nginx").rule(api.build()).build(), List.of(
            Workload.rated("listings", calls, "GET", "/items?page=1", null, NO_HEADERS, 10, SECOND)
                .counted(Workload.Counting.LEAKY_BUCKET, burst)));
  }

  /**
   * The {@code nylas} workload (one account, 30 streams held {@code hold}, 10 at once, and 200
   * listings, 5 at once) with Pacer sending through {@code PacedCallFactory.enqueue}, 16 calls in
   * flight at most, as {@code pacer load --threads 16} does; the peers keep their 16-thread pool.
   */
  static Scenario nylasMixed(int streams, Duration hold, int listings) {
    return nylas(streams, hold, listings).pacerThroughCallFactory("nylas-mixed");
  }

  /** Issue #16's adaptive-pacing scenarios at full size. */
  static List<Scenario> adaptive() {
    return List.of(
        intercomHeaders(400),
        undeclared(300, false),
        undeclared(300, true),
        flaky(500, 200),
        leaky(100, 0),
        leaky(150, 10),
        nylasMixed(30, Duration.ofSeconds(2), 200));
  }

  /** Every scenario's name, for the command line. */
  static List<String> names() {
    List<String> names = new java.util.ArrayList<>();
    for (Scenario s : full()) names.add(s.name());
    for (Scenario s : adaptive()) names.add(s.name());
    return List.copyOf(names);
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
