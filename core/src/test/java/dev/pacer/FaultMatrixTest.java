package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.RateLimitPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: GET, PUT, DELETE, POST and POST with an idempotency key, times a socket
 * fault on the first answer (the server drops the connection when the request starts, while it
 * reads the request body, after it read the request, while it writes the response body, or
 * stalls until the read timeout), times that answer's status (429, 503, 408; {@code Retry-After:
 * 0} where OkHttp would act on it by itself), through each of the four drivers, with Pacer's
 * retries on and off. Every later answer is a plain 200. In every cell:
 *
 * <ul>
 *   <li>the call ends exactly once (one return or throw, one callback), within its bound, and no
 *       unchecked exception escapes;
 *   <li>the server never receives a non-idempotent request twice, unless the first transmission
 *       was answered with a 429 or a 503 with {@code Retry-After} (which say it was not processed);
 *   <li>with {@link RetryConfig#disabled()} the server receives exactly one transmission.
 * </ul>
 *
 * Loopback only, fresh server per cell, small timeouts (read 100 ms, call 3 s, backoff 1-4 ms).
 */
final class FaultMatrixTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Duration READ_TIMEOUT = Duration.ofMillis(100);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
  private static final long BOUND_MILLIS = CALL_TIMEOUT.toMillis() + 2_000;

  /** The request. */
  enum Method {
    GET, PUT, DELETE, POST, POST_WITH_IDEMPOTENCY_KEY;

    Request request(MockWebServer server) {
      Request.Builder b = new Request.Builder().url(server.url("/items"));
      switch (this) {
        case GET: return b.get().build();
        case PUT: return b.put(RequestBody.create("{\"a\":1}", JSON)).build();
        case DELETE: return b.delete().build();
        case POST: return b.post(RequestBody.create("{\"a\":1}", JSON)).build();
        default: return b.post(RequestBody.create("{\"a\":1}", JSON)).header("Idempotency-Key", "k-1").build();
      }
    }

    boolean idempotent() {
      return this != POST;
    }
  }

  /** What the server does to the first answer's socket. */
  enum Fault {
    DISCONNECT_AT_START, DISCONNECT_DURING_REQUEST_BODY, DISCONNECT_AFTER_REQUEST, DISCONNECT_DURING_RESPONSE_BODY, STALL;

    MockResponse apply(MockResponse.Builder answer) {
      switch (this) {
        case DISCONNECT_AT_START: return answer.onRequestStart(new SocketEffect.CloseSocket()).build();
        case DISCONNECT_DURING_REQUEST_BODY: return answer.onRequestBody(new SocketEffect.CloseSocket()).build();
        case DISCONNECT_AFTER_REQUEST: return answer.onResponseStart(new SocketEffect.CloseSocket()).build();
        case DISCONNECT_DURING_RESPONSE_BODY: return answer.onResponseBody(new SocketEffect.CloseSocket()).build();
        default: return answer.onResponseStart(SocketEffect.Stall.INSTANCE).build();
      }
    }

    /** True when the client can have read the answer's status before the fault. */
    boolean statusArrives() {
      return this == DISCONNECT_DURING_RESPONSE_BODY;
    }
  }

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (Method m : Method.values()) {
      for (Fault f : Fault.values()) {
        for (int status : new int[] {429, 503, 408}) cells.add(Arguments.of(m, f, status));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cells")
  void everyCallEndsOnceAndNothingThatMayHaveBeenProcessedIsSentTwice(Method method, Fault fault, int status) throws Exception {
    for (Drivers.Driver driver : Drivers.Driver.values()) {
      for (boolean retries : new boolean[] {true, false}) {
        String cell = method + " " + fault + " " + status + " " + driver + (retries ? " with retries" : " without retries");
        int transmissions = run(method, fault, status, driver, retries, cell);
        // A 429, and a 503 with Retry-After (every 503 here has one), say the request was not processed.
        int answeredUnprocessed = status != 408 && fault.statusArrives() ? 1 : 0;
        if (!method.idempotent()) {
          assertTrue(transmissions - answeredUnprocessed <= 1, cell + ": the server received a POST that may have been processed again ("
              + transmissions + " transmissions)");
        }
        if (!retries) assertEquals(1, transmissions, cell + ": transmissions with retries disabled");
      }
    }
  }

  /** Runs one cell; returns the transmissions the server received. */
  private static int run(Method method, Fault fault, int status, Drivers.Driver driver, boolean retries, String cell)
      throws Exception {
    Pacer pacer = Pacer.builder(RateLimitPolicy.builder("faults").build())
        .maxWait(Duration.ofSeconds(1))
        .retry(retries
            ? RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(4))
                .maxRetryAfter(Duration.ofSeconds(1)).maxTotalTime(Duration.ofSeconds(2)).build()
            : RetryConfig.disabled())
        .build();
    try (MockWebServer server = new MockWebServer()) {
      MockResponse.Builder first = new MockResponse.Builder().code(status).body("{\"error\":\"" + status + "\"}");
      if (status != 408) first.addHeader("Retry-After", "0");
      server.enqueue(fault.apply(first));
      for (int i = 0; i < 4; i++) server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());
      server.start();
      OkHttpClient base = new OkHttpClient.Builder().readTimeout(READ_TIMEOUT).callTimeout(CALL_TIMEOUT).build();
      try (Drivers drivers = new Drivers(pacer, base)) {
        Drivers.Outcome o = drivers.run(driver, method.request(server), BOUND_MILLIS);
        assertNotNull(o, cell + ": the call did not end within " + BOUND_MILLIS + " ms");
        assertNull(o.unchecked(), cell + ": " + o.describe());
        assertEquals(1, o.endings(), cell + ": ended " + o.endings() + " times");
      }
      assertEquals(0, pacer.diagnostics().permitsInFlight(), cell + ": permits left behind");
      return settledRequestCount(server);
    }
  }

  /**
   * The server's request count once it has settled: the call has ended, but on a loaded machine
   * the server thread may record the last transmission a little later. Polls until the count is
   * at least one and unchanged for 20 ms, at most one second.
   */
  private static int settledRequestCount(MockWebServer server) throws InterruptedException {
    long deadline = System.nanoTime() + 1_000_000_000L;
    int count = server.getRequestCount();
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Thread.sleep(2);
      int now = server.getRequestCount();
      if (now != count) {
        count = now;
        stableSince = System.nanoTime();
      } else if (count >= 1 && System.nanoTime() - stableSince >= 20_000_000L) {
        break;
      }
    }
    return count;
  }
}
