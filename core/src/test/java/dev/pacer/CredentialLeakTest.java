package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.event.PacerListener;
import dev.pacer.internal.RateLimitHeaders;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A canary credential, sent in an {@code Authorization} header, an {@code X-Api-Key} header and
 * query parameters through every path Pacer has (retries, server pauses, refusals, give-ups,
 * network failures, learned limits, unreadable headers), never shows up in what Pacer logs,
 * tells listeners, throws, keys buckets by or prints.
 */
final class CredentialLeakTest {
  static {
    // Effective when this class is the first to touch SLF4J; LogCapture handles the other case.
    System.setProperty("org.slf4j.simpleLogger.log.dev.pacer", "debug");
  }

  private static final String CANARY = "CANARY-s3cr3t-123";
  private static final String OTHER_TOKEN = "OTHER-t0ken-456";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, AtomicInteger> hitsPerPath = new ConcurrentHashMap<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<String> seen = new ArrayList<>();
  private OkHttpClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        int hit = hitsPerPath.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        switch (path) {
          case "/things":
            if (hit == 1) {
              return new MockResponse.Builder().code(429)
                  .addHeader("Retry-After", "0.1")
                  .addHeader("X-RateLimit-Remaining", "a lot")
                  .build();
            }
            return new MockResponse.Builder().code(200)
                .addHeader("X-RateLimit-Limit", "40")
                .addHeader("X-RateLimit-Remaining", "39")
                .addHeader("X-RateLimit-Reset", "1")
                .body("things").build();
          case "/forever":
            return new MockResponse.Builder().code(429).addHeader("Retry-After", "1000000000").build();
          case "/slow":
            return new MockResponse.Builder().code(200).body("slow").build();
          case "/orders":
            return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
          default:
            return new MockResponse.Builder().code(500).body("broken").build();
        }
      }
    });
    server.start();
  }

  @AfterEach
  void stopEverything() {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    server.close();
  }

  @Test
  void aCredentialNeverReachesLogsEventsExceptionsBucketKeysOrToStrings() throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("leaky")
        .rule(Rule.builder("per-token").otherwise().scope(Scope.credential("Authorization"))
            .rate(Rate.perSecond(50)).maxConcurrent(4).learnFromHeaders().build())
        .rule(Rule.builder("per-key").otherwise().scope(Scope.credential("X-Api-Key")).rate(Rate.perSecond(100)).build())
        // Unmatched requests of one method share the otherwise rule's bucket: give the endpoint that
        // pauses for ever a rule of its own, so the other calls go on.
        .rule(Rule.builder("forever").endpoint("GET /forever").scope(Scope.credential("Authorization")).rate(Rate.perSecond(5)).build())
        .rule(Rule.builder("slow").endpoint("GET /slow").scope(Scope.credential("Authorization")).rate(Rate.perSecond(5)).build())
        .rule(Rule.builder("orders").endpoint("POST /orders").scope(Scope.credential("Authorization")).rate(Rate.perSecond(10)).build())
        .build();
    RetryConfig retry = RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(40)).build();
    Pacer pacer = Pacer.builder(policy).retry(retry).maxWait(Duration.ofSeconds(1)).listener(new Recording(events)).build();
    client = pacer.install(new OkHttpClient.Builder()).build();

    try (LogCapture logs = new LogCapture()) {
      try (Response response = client.newCall(request("GET", "/things", CANARY)).execute()) {
        assertEquals(200, response.code());
        assertEquals("things", response.body().string());
        seen.add(RateLimitHeaders.parse(response.headers(), policy.resetFormat(), System.currentTimeMillis()).toString());
      }
      seen.add(describe(assertThrows(ServerRetryTooLongException.class,
          () -> client.newCall(request("GET", "/forever", CANARY)).execute())));
      seen.add(describe(assertThrows(WaitTooLongException.class,
          () -> client.newCall(request("GET", "/forever", CANARY)).execute())));
      seen.add(describe(assertThrows(IOException.class,
          () -> client.newCall(request("POST", "/orders", CANARY)).execute())));
      for (int i = 0; i < 2; i++) {
        try (Response response = client.newCall(request("GET", "/slow", CANARY)).execute()) {
          assertEquals(200, response.code());
        }
      }
      try (Response response = client.newCall(request("GET", "/broken", CANARY)).execute()) {
        assertEquals(500, response.code());
      }
      try (var factory = pacer.callFactory(client)) {
        Call call = factory.newCall(request("GET", "/things", CANARY));
        seen.add(call.toString());
        try (Response response = call.execute()) {
          assertEquals(200, response.code());
        }
      }

      String logged = logs.text();
      // The capture works and saw Pacer's debug lines, so an absent canary means something.
      assertTrue(logged.contains("unreadable rate-limit headers"), logged);
      assertTrue(logged.contains("learned a limit"), logged);
      assertTrue(logged.contains("retrying in"), logged);
      assertTrue(logged.contains("gave up"), logged);
      seen.add(logged);
    }

    Request request = request("GET", "/things", CANARY);
    List<String> keys = pacer.diagnostics().bucketKeys(request);
    seen.addAll(keys);
    seen.addAll(pacer.diagnostics().concurrencyKeys(request));
    seen.add(pacer.diagnostics().endpoint(request));
    seen.add(pacer.diagnostics().toString());
    seen.add(pacer.toString());
    seen.add(policy.toString());
    seen.add(pacer.retryConfig().toString());
    seen.addAll(events);

    for (String kind : List.of("waited", "pausedByServer", "retrying", "gaveUp", "rejected")) {
      assertTrue(events.stream().anyMatch(e -> e.startsWith(kind)), kind + " never heard: " + events);
    }
    for (String text : seen) {
      assertFalse(text.contains(CANARY) || text.contains("s3cr3t"), "credential leaked into: " + text);
    }

    // Credentials are hashed into keys, not dropped: two tokens keep two budgets.
    List<String> otherKeys = pacer.diagnostics().bucketKeys(request("GET", "/things", OTHER_TOKEN));
    assertEquals(keys.size(), otherKeys.size());
    for (int i = 0; i < otherKeys.size(); i++) {
      assertNotEquals(keys.get(i), otherKeys.get(i));
      assertTrue(otherKeys.get(i).contains("cred:"), otherKeys.get(i));
      assertFalse(otherKeys.get(i).contains(OTHER_TOKEN) || otherKeys.get(i).contains("t0ken"), otherKeys.get(i));
    }
  }

  private Request request(String method, String path, String secret) {
    Request.Builder b = new Request.Builder()
        .url(server.url(path).newBuilder().addQueryParameter("api_key", secret).addQueryParameter("token", secret).build())
        .header("Authorization", "Bearer " + secret)
        .header("X-Api-Key", secret);
    if (method.equals("POST")) b.post(RequestBody.create("{}", MediaType.get("application/json")));
    return b.build();
  }

  /** Everything an exception shows: messages, causes, suppressed ones, toString. */
  private static String describe(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return t + "\n" + out;
  }

  /** Turns every event, with all its arguments, into a line. */
  private static final class Recording implements PacerListener {
    private final List<String> lines;

    Recording(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void waited(String endpoint, String rule, Duration wait) {
      lines.add("waited " + endpoint + " " + rule + " " + wait);
    }

    @Override
    public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
      lines.add("pausedByServer " + endpoint + " " + bucket + " " + status + " " + pause);
    }

    @Override
    public void retrying(String endpoint, int attempt, Duration delay, String reason) {
      lines.add("retrying " + endpoint + " " + attempt + " " + delay + " " + reason);
    }

    @Override
    public void gaveUp(String endpoint, int attempts, String reason) {
      lines.add("gaveUp " + endpoint + " " + attempts + " " + reason);
    }

    @Override
    public void rejected(String endpoint, String rule, Duration wait) {
      lines.add("rejected " + endpoint + " " + rule + " " + wait);
    }
  }

  /**
   * Captures what slf4j-simple (the test-scope binding) prints to {@code System.err}, with the
   * {@code dev.pacer} logger at debug. The system property set above configures the level when
   * SLF4J starts in this class; when another test class started it first, the logger's level
   * field is lowered for the duration of the capture (slf4j-simple has no API for that).
   */
  private static final class LogCapture implements AutoCloseable {
    private static final int DEBUG = 10; // SimpleLogger.LOG_LEVEL_DEBUG

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Logger logger = LoggerFactory.getLogger("dev.pacer");
    private final Field level;
    private final int originalLevel;

    LogCapture() throws ReflectiveOperationException {
      if (logger.isDebugEnabled()) {
        level = null;
        originalLevel = DEBUG;
      } else {
        level = logger.getClass().getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        originalLevel = level.getInt(logger);
        level.setInt(logger, DEBUG);
      }
      assertTrue(logger.isDebugEnabled(), "cannot turn on debug logging for dev.pacer: " + logger.getClass());
      OutputStream tee = new OutputStream() {
        @Override
        public void write(int b) {
          synchronized (bytes) {
            bytes.write(b);
          }
          originalErr.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (bytes) {
            bytes.write(b, off, len);
          }
          originalErr.write(b, off, len);
        }
      };
      System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    String text() {
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }

    @Override
    public void close() throws ReflectiveOperationException {
      System.setErr(originalErr);
      if (level != null) level.setInt(logger, originalLevel);
    }
  }
}
