package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pacer's retry through the interceptors on a real socket: what it replays and what it never
 * sends twice, that it leaks nothing, and that its state belongs to one call.
 */
final class RetryInterceptorTest {
  private static final MediaType TEXT = MediaType.get("text/plain");

  private static final RetryConfig RETRY = RetryConfig.builder()
      .maxAttempts(3)
      .initialBackoff(Duration.ofMillis(50))
      .maxBackoff(Duration.ofMillis(100))
      .maxTotalTime(Duration.ofSeconds(20))
      .build();

  private static final RateLimitPolicy POLICY = RateLimitPolicy.builder("test")
      .rule(Rule.builder("all").otherwise().shared().rate(Rate.perSecond(100_000)).maxConcurrent(8).build())
      .build();

  private final MockWebServer server = new MockWebServer();
  private final List<OkHttpClient> clients = new ArrayList<>();
  private final Events events = new Events();

  @BeforeEach
  void startServer() throws IOException {
    server.start();
  }

  @AfterEach
  void stopEverything() {
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    server.close();
  }

  // ---------------------------------------------------------------- what is replayed

  @Test
  void postIsNotReplayedAfterTheConnectionDropsOnceSent() {
    Script script = script((request, n) -> dropConnection());
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    assertThrows(IOException.class, () -> client.newCall(post("/orders", null)).execute());

    assertEquals(1, script.count(), "a POST that may have reached the server was sent again");
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(List.of("gaveUp 1 network failure on a request not safe to replay"), events.list);
  }

  @Test
  void postIsResentByPacerNotOkHttpAfter503WithRetryAfterZero() throws IOException {
    // A 503 with Retry-After says the server did not process the request: Pacer resends the POST
    // (its body can be written again) up to its attempts; OkHttp never adds resends of its own.
    Script script = script((request, n) -> new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("busy").build());
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(post("/orders", null)).execute()) {
      assertEquals(503, response.code());
      assertEquals("busy", response.body().string());
      assertEquals("0", response.header("Pacer-Suppressed-Retry-After"));
      assertEquals("0.0", response.header("Retry-After"), "the same 'now', which OkHttp does not act on");
    }
    assertEquals(RETRY.maxAttempts(), script.count(), "Pacer's attempts, and not one more");
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void postIsNotResentAfterABare503() throws IOException {
    Script script = script((request, n) -> new MockResponse.Builder().code(503).body("down").build());
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(post("/orders", null)).execute()) {
      assertEquals(503, response.code());
    }
    assertEquals(1, script.count(), "a 503 without Retry-After may have been processed");
  }

  @Test
  void postWithAnIdempotencyKeyIsReplayedAfterTheConnectionDrops() throws IOException {
    Script script = script((request, n) -> n == 0 ? dropConnection() : ok("created"));
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(post("/orders", "key-1")).execute()) {
      assertEquals(200, response.code());
      assertEquals("created", response.body().string());
    }
    assertEquals(2, script.count());
    for (RecordedRequest r : script.requests) {
      assertEquals("key-1", r.getHeaders().get("Idempotency-Key"));
      assertEquals("order", r.getBody().utf8());
    }
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void getIsReplayedAfterTheConnectionDrops() throws IOException {
    Script script = script((request, n) -> n == 0 ? dropConnection() : ok("items"));
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(200, response.code());
      assertEquals("items", response.body().string());
    }
    assertEquals(2, script.count());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  @Test
  void aOneShotBodyIsNeverSentTwiceEvenOn429() throws IOException {
    Script script = script((request, n) -> new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    OkHttpClient client = client(pacer(RETRY));
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return TEXT;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("stream");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
    Request request = new Request.Builder().url(server.url("/upload")).header("Idempotency-Key", "k").post(oneShot).build();

    try (Response response = client.newCall(request).execute()) {
      assertEquals(429, response.code());
    }
    assertEquals(1, script.count());
  }

  @Test
  void a503WithAHugeNumericRetryAfterFailsWithAPacerExceptionNotACrash() {
    // OkHttp reads an all-digit Retry-After on 503 with Integer.valueOf: 10^10 overflows it.
    Script script = script((request, n) -> new MockResponse.Builder().code(503).addHeader("Retry-After", "10000000000").build());
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    ServerRetryTooLongException e =
        assertThrows(ServerRetryTooLongException.class, () -> client.newCall(get("/items")).execute());
    assertEquals(Duration.ofSeconds(10_000_000_000L), e.retryAfter());
    assertEquals(503, e.status());
    assertEquals(1, script.count());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }

  // ---------------------------------------------------------------- giving up

  @Test
  void whenRetriesRunOutOn429TheCallerGetsTheLastResponseUnchanged() throws IOException {
    Script script = script((request, n) -> new MockResponse.Builder().code(429)
        .addHeader("Retry-After", "0").addHeader("X-Attempt", n + 1).body("slow down #" + (n + 1)).build());
    Pacer pacer = pacer(RETRY);
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(429, response.code());
      assertEquals("3", response.header("X-Attempt"));
      assertEquals("0", response.header("Retry-After"));
      assertEquals("slow down #3", response.body().string());
    }
    assertEquals(3, script.count());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals("gaveUp 3 429, attempts exhausted", events.list.get(events.list.size() - 1));
  }

  @Test
  void withRetriesDisabledA429ReachesTheCallerAsItCameWhateverItsRetryAfter() throws IOException {
    Script script = script((request, n) -> new MockResponse.Builder().code(429).addHeader("Retry-After", "86400").body("tomorrow").build());
    Pacer pacer = pacer(RetryConfig.disabled());
    OkHttpClient client = client(pacer);

    try (Response response = client.newCall(get("/items")).execute()) {
      assertEquals(429, response.code());
      assertEquals("86400", response.header("Retry-After"));
      assertEquals("tomorrow", response.body().string());
    }
    assertEquals(1, script.count());
  }

  @Test
  void retryStateBelongsToOneCall() throws IOException {
    Map<String, AtomicInteger> attemptsPerCall = new ConcurrentHashMap<>();
    Script script = script((request, n) -> {
      String call = request.getHeaders().get("X-Call");
      int attempt = attemptsPerCall.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
      if (call.startsWith("doomed")) return new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build();
      return attempt == 1 ? new MockResponse.Builder().code(503).build() : ok("fine");
    });
    OkHttpClient client = client(pacer(RETRY));

    for (int i = 0; i < 25; i++) {
      try (Response response = client.newCall(get("/items").newBuilder().header("X-Call", "doomed-" + i).build()).execute()) {
        assertEquals(429, response.code());
      }
    }
    try (Response response = client.newCall(get("/items").newBuilder().header("X-Call", "fresh").build()).execute()) {
      assertEquals(200, response.code(), "a new call after many exhausted ones was not retried");
    }
    for (int i = 0; i < 25; i++) assertEquals(3, attemptsPerCall.get("doomed-" + i).get(), "call doomed-" + i);
    assertEquals(2, attemptsPerCall.get("fresh").get());
    assertEquals(25 * 3 + 2, script.count());
  }

  // ---------------------------------------------------------------- leaks

  @Test
  void noConnectionOrPermitLeaksAcrossAThousandRetriedCalls() throws Exception {
    Map<String, AtomicInteger> attemptsPerCall = new ConcurrentHashMap<>();
    script((request, n) -> {
      String call = request.getHeaders().get("X-Call");
      int attempt = attemptsPerCall.computeIfAbsent(call, k -> new AtomicInteger()).incrementAndGet();
      if (attempt > 1) return ok("ok " + call);
      switch (Integer.parseInt(call) % 5) {
        case 0:
          return new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("later").build();
        case 1:
          return new MockResponse.Builder().code(503).body("unavailable").build();
        case 2:
          return dropConnection();
        case 3:
          return new MockResponse.Builder().code(429).addHeader("Retry-After", "0.001").build();
        default:
          return new MockResponse.Builder().code(500).body("oops").build();
      }
    });
    // Every call fails once: a thousand retries in a row, more than a retry budget pays for.
    RetryConfig fast = RETRY.toBuilder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2))
        .retryBudget(0).build();
    Pacer pacer = pacer(fast);
    OkHttpClient client = client(pacer);

    int calls = 1_000;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        String id = Integer.toString(i);
        boolean isPost = i % 2 == 0;
        results.add(pool.submit(() -> {
          Request request = (isPost ? post("/orders", "k-" + id) : get("/items")).newBuilder().header("X-Call", id).build();
          try (Response response = client.newCall(request).execute()) {
            assertEquals(200, response.code(), "call " + id);
            // Half the callers read the body, half only close it.
            if (Integer.parseInt(id) % 4 < 2) assertEquals("ok " + id, response.body().string());
          }
          return null;
        }));
      }
      for (Future<?> f : results) f.get(30, TimeUnit.SECONDS);
    } finally {
      pool.shutdown();
    }

    assertEquals(calls, attemptsPerCall.size());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(0, client.dispatcher().runningCallsCount());
    assertEquals(client.connectionPool().connectionCount(), client.connectionPool().idleConnectionCount(),
        "a connection is still held by a response nobody can close");
  }

  // ---------------------------------------------------------------- helpers

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private static MockResponse dropConnection() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private Request post(String path, String idempotencyKey) {
    Request.Builder b = new Request.Builder().url(server.url(path)).post(RequestBody.create("order", TEXT));
    if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
    return b.build();
  }

  private Pacer pacer(RetryConfig retry) {
    return Pacer.builder(POLICY).retry(retry).listener(events).build();
  }

  private OkHttpClient client(Pacer pacer) {
    OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
    clients.add(client);
    return client;
  }

  private Script script(BiFunction<RecordedRequest, Integer, MockResponse> answers) {
    Script script = new Script(answers);
    server.setDispatcher(script);
    return script;
  }

  /** Answers each request from a function of the request and its number. */
  static final class Script extends Dispatcher {
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final BiFunction<RecordedRequest, Integer, MockResponse> answers;

    Script(BiFunction<RecordedRequest, Integer, MockResponse> answers) {
      this.answers = answers;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requests.add(request);
      return answers.apply(request, next.getAndIncrement());
    }

    int count() {
      return requests.size();
    }
  }

  /** Records give-ups, the events these tests check. */
  static final class Events implements PacerListener {
    final List<String> list = new CopyOnWriteArrayList<>();

    @Override
    public void gaveUp(String endpoint, int attempts, String reason) {
      list.add("gaveUp " + attempts + " " + reason);
    }
  }
}
