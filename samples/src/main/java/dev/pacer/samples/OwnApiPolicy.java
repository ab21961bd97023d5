package dev.pacer.samples;

import dev.pacer.Pacer;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Writing a policy for an API of your own: copy its rate-limit page into about ten lines, one
 * rule per listed method and an "otherwise" rule for everything else, in the style of eSputnik's
 * published table. Pacer then spreads each method's calls so no second holds more than its
 * limit.
 *
 * <p>Runs offline against a fake "Acme Orders" API started here, which records when each request
 * arrived; the sample then reports the busiest one-second window per rule, as the server saw it.
 * To aim it at a real API, set {@code OWN_API_BASE_URL} (and {@code OWN_API_TOKEN}, sent as
 * {@code Authorization: Bearer}) after adapting the policy and the traffic below to that API:
 * the traffic creates orders.
 */
public final class OwnApiPolicy {
  /** Acme's rate-limit page, as a policy. */
  static final RateLimitPolicy ACME = RateLimitPolicy.builder("acme")
      .rule("list-orders", "GET /v1/orders", Rate.perSecond(20))
      .rule("get-order", "GET /v1/orders/{id}", Rate.perSecond(50))
      .rule("create-order", "POST /v1/orders", Rate.perSecond(5), Rate.perMinute(200))
      .rule("search-orders", "POST /v1/orders/search", Rate.perSecond(2))
      .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(100)).build())
      .build();

  /** The traffic: about three seconds' worth of each rule's limit, shuffled. */
  static final Map<String, Integer> TRAFFIC = Map.of(
      "GET /v1/orders", 60,
      "GET /v1/orders/{id}", 150,
      "POST /v1/orders", 15,
      "POST /v1/orders/search", 6,
      "GET /v1/customers/{id}", 150,
      "GET /v1/products/{id}", 150);

  /** What the sample saw: calls and OKs, and per rule the most requests the server got in one second. */
  record Outcome(int calls, int ok, Map<String, Integer> busiestSecondByRule) {}

  /** Runs the sample: offline unless the environment holds the credential named above. */
  public static void main(String[] args) throws Exception {
    run(System.getenv(), System.out);
  }

  static Outcome run(Map<String, String> env, PrintStream out) throws Exception {
    String realUrl = env.get("OWN_API_BASE_URL");
    try (FakeAcme fake = realUrl == null || realUrl.isBlank() ? FakeAcme.start() : null) {
      HttpUrl base = fake != null ? fake.baseUrl() : HttpUrl.get(realUrl.trim());
      String token = env.getOrDefault("OWN_API_TOKEN", "");

      Pacer pacer = Pacer.builder(ACME).build();
      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();

      List<Request> requests = requests(base, token);
      long start = System.nanoTime();
      ExecutorService threads = Executors.newFixedThreadPool(16);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (Request request : requests) {
        statuses.add(threads.submit(() -> {
          try (Response response = client.newCall(request).execute()) {
            return response.code();
          }
        }));
      }
      int ok = 0;
      for (Future<Integer> status : statuses) {
        if (status.get() / 100 == 2) ok++;
      }
      threads.shutdown();
      double seconds = (System.nanoTime() - start) / 1e9;

      out.printf("Sent %d calls to %s with the %d-rule policy %s.%n",
          requests.size(), fake != null ? "a fake Acme Orders API at " + base : base, ACME.rules().size(), ACME.name());
      out.printf("%d succeeded in %.1f s.%n", ok, seconds);
      Map<String, Integer> busiest = fake != null ? fake.busiestSecondByRule() : Map.of();
      for (Map.Entry<String, Integer> rule : busiest.entrySet()) {
        out.printf("  %-13s busiest second at the server: %3d (limit %s)%n",
            rule.getKey(), rule.getValue(), ACME.rule(rule.getKey()).rates().get(0));
      }
      client.connectionPool().evictAll();
      return new Outcome(requests.size(), ok, busiest);
    }
  }

  /** The traffic as requests, shuffled with a fixed seed so every run sends the same mix. */
  private static List<Request> requests(HttpUrl base, String token) {
    List<Request> requests = new ArrayList<>();
    RequestBody json = RequestBody.create("{\"sku\":\"A-1\",\"quantity\":1}", MediaType.get("application/json"));
    TRAFFIC.forEach((endpoint, count) -> {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      for (int i = 0; i < count; i++) {
        String path = endpoint.substring(endpoint.indexOf('/') + 1).replace("{id}", Integer.toString(1000 + i));
        Request.Builder request = new Request.Builder().url(base.resolve(path));
        if (method.equals("POST")) request.post(json);
        if (!token.isBlank()) request.header("Authorization", "Bearer " + token);
        requests.add(request.build());
      }
    });
    Collections.shuffle(requests, new Random(42));
    return requests;
  }

  /**
   * A stand-in for Acme's API: answers 200 to everything and notes when each request arrived
   * under which of Acme's limits, so the sample can show what the server saw.
   */
  static final class FakeAcme extends Dispatcher implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();

    static FakeAcme start() throws IOException {
      FakeAcme fake = new FakeAcme();
      fake.server.setDispatcher(fake);
      fake.server.start(InetAddress.getLoopbackAddress(), 0);
      return fake;
    }

    HttpUrl baseUrl() {
      return server.url("/");
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String endpoint = request.getMethod() + " " + request.getUrl().encodedPath().replaceAll("/\\d+", "/{id}");
      String rule = switch (endpoint) {
        case "GET /v1/orders" -> "list-orders";
        case "GET /v1/orders/{id}" -> "get-order";
        case "POST /v1/orders" -> "create-order";
        case "POST /v1/orders/search" -> "search-orders";
        default -> "default";
      };
      arrivals.computeIfAbsent(rule, r -> new ConcurrentLinkedQueue<>()).add(System.currentTimeMillis());
      return new MockResponse.Builder().body("{}").build();
    }

    /**
     * Per rule, the most requests that arrived within one second, counted the way most servers
     * count: in fixed windows that start on each second of the clock.
     */
    Map<String, Integer> busiestSecondByRule() {
      Map<String, Integer> busiest = new TreeMap<>();
      arrivals.forEach((rule, times) -> {
        Map<Long, Integer> perSecond = new HashMap<>();
        for (long millis : times) perSecond.merge(millis / 1000, 1, Integer::sum);
        busiest.put(rule, Collections.max(perSecond.values()));
      });
      return busiest;
    }

    @Override
    public void close() {
      server.close();
    }
  }

  private OwnApiPolicy() {}
}
