package dev.pacer.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.ServerRetryTooLongException;
import dev.pacer.WaitTooLongException;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

final class MicrometerPacerListenerTest {
  private static final String CANARY = "CANARY-s3cr3t-123";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void countsEachEventKindByRuleStatusOrReasonAndTimesWaits() {
    MicrometerPacerListener listener = new MicrometerPacerListener(registry, Tags.of("api", "demo"));

    listener.waited("GET /a", "per-second", Duration.ofMillis(120));
    listener.waited("GET /b", "per-second", Duration.ofMillis(80));
    listener.pausedByServer("GET /a", "per-second|app|GET /a", 429, Duration.ofSeconds(2));
    listener.pausedByServer("GET /a", "per-second|app|GET /a", 503, Duration.ofSeconds(1));
    listener.retrying("GET /a", 1, Duration.ofSeconds(2), "429 with server wait");
    listener.retrying("GET /a", 2, Duration.ofSeconds(2), "429 with server wait");
    listener.gaveUp("POST /b", 1, "network failure on a request not safe to replay");
    listener.rejected("GET /c", "per-hour", Duration.ofMinutes(5));
    listener.rejected("GET /c", null, Duration.ofMinutes(5));

    Timer waits = registry.get(MicrometerPacerListener.WAITS).tags("api", "demo", "rule", "per-second").timer();
    assertEquals(2, waits.count());
    assertEquals(200, waits.totalTime(TimeUnit.MILLISECONDS), 0.001);
    assertEquals(1, count(MicrometerPacerListener.SERVER_PAUSES, "status", "429"));
    assertEquals(1, count(MicrometerPacerListener.SERVER_PAUSES, "status", "503"));
    assertEquals(2, count(MicrometerPacerListener.RETRIES, "reason", "429 with server wait"));
    assertEquals(1, count(MicrometerPacerListener.GIVE_UPS, "reason", "network failure on a request not safe to replay"));
    assertEquals(1, count(MicrometerPacerListener.REJECTIONS, "rule", "per-hour"));
    assertEquals(1, count(MicrometerPacerListener.REJECTIONS, "rule", "none"));
    for (Meter meter : registry.getMeters()) {
      assertEquals("demo", meter.getId().getTag("api"), meter.getId().toString());
      assertTrue(meter.getId().getTags().size() == 2, "only the common tag and one more: " + meter.getId());
    }
  }

  @Test
  void countsClippedPausesWithOnlyTheCommonTags() {
    MicrometerPacerListener listener = new MicrometerPacerListener(registry, Tags.of("api", "demo"));
    listener.pauseClipped("GET /a", "per-second|app|GET /a", Duration.ofDays(365), Duration.ofMinutes(5));
    assertEquals(1, registry.get(MicrometerPacerListener.PAUSES_CLIPPED).tags("api", "demo").counter().count());
    assertEquals(1, registry.get(MicrometerPacerListener.PAUSES_CLIPPED).meter().getId().getTags().size());
  }

  @Test
  void recordsWhatPacerDoesWithoutEndpointsBucketsOrCredentialsInTags() throws IOException {
    Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String path = request.getUrl().encodedPath();
          int hit = hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
          if (path.equals("/forever")) return new MockResponse.Builder().code(429).addHeader("Retry-After", "100000").build();
          if (path.equals("/items/" + CANARY) && hit == 1) {
            return new MockResponse.Builder().code(429).addHeader("Retry-After", "0.05").build();
          }
          return new MockResponse.Builder().code(200).body("ok").build();
        }
      });
      server.start();
      RateLimitPolicy policy = RateLimitPolicy.builder("metered")
          .rule(Rule.builder("slow").endpoint("GET /slow").rate(Rate.perSecond(5)).build())
          .rule(Rule.builder("per-token").otherwise().scope(Scope.credential("Authorization")).rate(Rate.perSecond(100)).build())
          .build();
      Pacer pacer = Pacer.builder(policy)
          .listener(new MicrometerPacerListener(registry))
          .retry(RetryConfig.builder().initialBackoff(Duration.ofMillis(20)).maxBackoff(Duration.ofMillis(40)).build())
          .maxWait(Duration.ofSeconds(5))
          .build();
      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
      try {
        call(client, server, "/items/" + CANARY);
        call(client, server, "/slow");
        call(client, server, "/slow");
        assertThrows(ServerRetryTooLongException.class, () -> call(client, server, "/forever"));
        assertThrows(WaitTooLongException.class, () -> call(client, server, "/forever"));
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }

    assertEquals(1, count(MicrometerPacerListener.RETRIES, "reason", "429 with server wait"));
    assertEquals(2, count(MicrometerPacerListener.SERVER_PAUSES, "status", "429"));
    assertEquals(1, count(MicrometerPacerListener.GIVE_UPS, "reason", "429, server wait above maxRetryAfter"));
    assertEquals(1, count(MicrometerPacerListener.REJECTIONS, "rule", "per-token"));
    Timer slow = registry.get(MicrometerPacerListener.WAITS).tag("rule", "slow").timer();
    assertEquals(1, slow.count());
    assertTrue(slow.totalTime(TimeUnit.MILLISECONDS) >= 100, "waited " + slow.totalTime(TimeUnit.MILLISECONDS) + " ms");

    Set<String> allowedKeys = Set.of("rule", "status", "reason");
    for (Meter meter : registry.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        assertTrue(allowedKeys.contains(tag.getKey()), "unexpected tag " + tag);
        assertFalse(tag.getValue().contains(CANARY) || tag.getValue().contains("s3cr3t"), "credential in " + meter.getId());
        assertFalse(tag.getValue().contains("/"), "an endpoint or bucket in " + meter.getId());
      }
    }
  }

  @Test
  void rejectsNullArguments() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new MicrometerPacerListener(null));
    assertEquals("registry == null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> new MicrometerPacerListener(registry, null));
    assertEquals("commonTags == null", e.getMessage());
  }

  private double count(String name, String key, String value) {
    return registry.get(name).tag(key, value).counter().count();
  }

  private static void call(OkHttpClient client, MockWebServer server, String path) throws IOException {
    Request request = new Request.Builder().url(server.url(path)).header("Authorization", "Bearer " + CANARY).build();
    try (Response response = client.newCall(request).execute()) {
      assertEquals(200, response.code());
    }
  }
}
