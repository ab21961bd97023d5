package dev.pacer.bench.goodput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import mockwebserver3.MockResponse;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The goodput harness's own servers refuse exactly what the servers they model would. */
final class LimitServerTest {
  private static final Instant START = Instant.parse("2026-12-03T12:00:00.250Z");

  @Test
  void strictLeakyBucketRefusesARequestCloserThanOneIntervalToTheLastAdmittedOne() {
    LeakyBucket nginx = new LeakyBucket(10, 0);
    assertTrue(nginx.admit(1_000));
    assertFalse(nginx.admit(1_099), "99 ms after the last admitted request");
    assertTrue(nginx.admit(1_100), "a refused request does not move the reference point");
    assertFalse(nginx.admit(1_150));
    assertFalse(nginx.admit(1_199));
    assertTrue(nginx.admit(1_200));
    assertTrue(nginx.admit(5_000), "an idle spell earns no burst beyond one");
    assertFalse(nginx.admit(5_000));
  }

  @Test
  void leakyBucketWithBurstAdmitsBurstPlusOneAtOnceThenOnePerInterval() {
    LeakyBucket nginx = new LeakyBucket(10, 10);
    int admitted = 0;
    for (int i = 0; i < 20; i++) if (nginx.admit(0)) admitted++;
    assertEquals(11, admitted, "burst=10 nodelay: the first request and ten more");
    assertFalse(nginx.admit(99));
    assertTrue(nginx.admit(100));
    assertFalse(nginx.admit(100));
    // One second later ten intervals have drained: ten go at once, the eleventh is refused.
    admitted = 0;
    for (int i = 0; i < 20; i++) if (nginx.admit(1_100)) admitted++;
    assertEquals(10, admitted);
  }

  @Test
  void slidingWindowFreesEachSlotOneWindowAfterItsRequest() {
    SlidingWindow window = new SlidingWindow(20, 1_000_000_000L);
    for (int i = 0; i < 20; i++) assertTrue(window.admit(i * 10_000_000L), "call " + i);
    assertFalse(window.admit(500_000_000L));
    assertFalse(window.admit(999_999_999L), "the first slot frees one window after its request");
    assertTrue(window.admit(1_000_000_000L));
    assertFalse(window.admit(1_000_000_001L));
    assertTrue(window.admit(1_010_000_000L));
  }

  @Test
  void fixedWindowsFollowTheEpochAndForgetTheLastWindow() {
    FixedWindow window = new FixedWindow(2, 1_000);
    assertTrue(window.admit(10_900));
    assertTrue(window.admit(10_950));
    assertFalse(window.admit(10_999));
    assertEquals(1, window.millisToReset(10_999));
    assertTrue(window.admit(11_000));
  }

  @Test
  void refusalsSayWhenToComeBackAsConfigured() {
    ManualClock clock = new ManualClock(START);
    MockResponse seconds = refusedSecond(LimitServer.Refusal.RETRY_AFTER_SECONDS, clock);
    assertEquals(429, seconds.getCode());
    assertEquals("1", seconds.getHeaders().get("Retry-After"));

    MockResponse date = refusedSecond(LimitServer.Refusal.RETRY_AFTER_DATE, clock);
    Instant retryAt = ZonedDateTime.parse(date.getHeaders().get("Retry-After"),
        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertEquals(Instant.parse("2026-12-03T12:00:01Z"), retryAt, "now + 1 s, truncated to the second");
    assertNotNull(date.getHeaders().get("Date"));

    MockResponse bare = refusedSecond(LimitServer.Refusal.BARE, clock);
    assertEquals(429, bare.getCode());
    assertNull(bare.getHeaders().get("Retry-After"));
  }

  private static MockResponse refusedSecond(LimitServer.Refusal refusal, ManualClock clock) {
    LimitServer server = new LimitServer(
        LimitServer.Spec.limit(LimitServer.Kind.SLIDING, 1, 1_000, 0, refusal), clock);
    try (server) {
      assertEquals(200, server.answer("GET", "a").getCode());
      MockResponse second = server.answer("GET", "b");
      assertEquals(1, server.count429());
      assertEquals(2, server.requestCount());
      return second;
    }
  }

  @Test
  void flakyServerAnswers503sAndDropsConnectionsAtTheConfiguredRates() {
    ManualClock clock = new ManualClock(START);
    LimitServer.Spec spec = LimitServer.Spec
        .limit(LimitServer.Kind.FIXED, 1_000_000, 1_000, 0, LimitServer.Refusal.RETRY_AFTER_SECONDS)
        .withFaults(0.05, 0.03, 0.5, 42);
    try (LimitServer server = new LimitServer(spec, clock)) {
      int ok = 0;
      for (int i = 0; i < 20_000; i++) {
        MockResponse r = server.answer("POST", "call-" + i);
        if (r.getCode() == 200 && r.getOnResponseStart() == null) ok++;
        clock.advance(Duration.ofMillis(1));
      }
      assertEquals(0, server.count429());
      assertTrue(server.count503() > 800 && server.count503() < 1_200, "about 5%: " + server.count503());
      assertTrue(server.dropCount() > 420 && server.dropCount() < 720, "about 3% of the rest: " + server.dropCount());
      assertEquals(20_000, ok + server.count503() + server.dropCount());
      assertEquals(0, server.postsAppliedTwice(), "every call id was sent once");
    }
  }

  @Test
  void aDroppedPostThatWasAppliedAndIsSentAgainCountsAsAppliedTwice() throws IOException {
    LimitServer.Spec spec = LimitServer.Spec
        .limit(LimitServer.Kind.FIXED, 100, 1_000, 0, LimitServer.Refusal.RETRY_AFTER_SECONDS)
        .withFaults(0, 1.0, 1.0, 7);
    OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    try (LimitServer server = LimitServer.start(spec)) {
      Request post = new Request.Builder()
          .url(server.url("/orders"))
          .header(LimitServer.CALL_ID, "call-1")
          .post(RequestBody.create("{}", MediaType.get("application/json")))
          .build();
      assertThrows(IOException.class, () -> send(client, post), "the connection closes without an answer");
      assertEquals(0, server.postsAppliedTwice());
      assertThrows(IOException.class, () -> send(client, post));
      assertEquals(1, server.postsAppliedTwice(), "the replay was applied a second time");
      Request get = new Request.Builder().url(server.url("/items/1")).header(LimitServer.CALL_ID, "call-2").build();
      assertThrows(IOException.class, () -> send(client, get));
      assertThrows(IOException.class, () -> send(client, get));
      assertEquals(1, server.postsAppliedTwice(), "GETs are not counted");
      assertEquals(4, server.requestCount());
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static void send(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      response.body().string();
    }
  }

  @Test
  void leastTimeFollowsHowTheServerCounts() {
    Workload sliding = Workload.rated("s", 300, "GET", "/x", null, Map.of(), 20, Duration.ofSeconds(1))
        .counted(Workload.Counting.SLIDING_WINDOW, 0);
    assertEquals(Duration.ofSeconds(14).toNanos(), sliding.leastNanos(1_700_000_000_400L), "no phase in a sliding window");
    assertEquals(Duration.ofSeconds(15).toNanos(), sliding.documentedNanos());
    Workload strict = Workload.rated("l", 100, "GET", "/x", null, Map.of(), 10, Duration.ofSeconds(1))
        .counted(Workload.Counting.LEAKY_BUCKET, 0);
    assertEquals(Duration.ofMillis(9_900).toNanos(), strict.leastNanos(0L));
    Workload burst = Workload.rated("l", 150, "GET", "/x", null, Map.of(), 10, Duration.ofSeconds(1))
        .counted(Workload.Counting.LEAKY_BUCKET, 10);
    assertEquals(Duration.ofMillis(13_900).toNanos(), burst.leastNanos(0L), "11 at once, then one per 100 ms");
    assertEquals(0, burst.undeclared().documentedPermits());
  }

  @Test
  void peersReadRetryAfterAsSecondsOrAsAnHttpDate() {
    assertEquals(1_000, new Attempt(429, "1").retryAfterMillis());
    long now = START.toEpochMilli(); // 12:00:00.250
    assertEquals(1_750, new Attempt(429, "Thu, 03 Dec 2026 12:00:02 GMT").retryAfterMillis(now));
    assertEquals(0, new Attempt(429, "Thu, 01 Jan 2015 00:00:00 GMT").retryAfterMillis(now), "a past date: now");
    assertEquals(-1, new Attempt(429, "soon").retryAfterMillis(now));
    assertEquals(-1, new Attempt(429, null).retryAfterMillis());
  }
}
