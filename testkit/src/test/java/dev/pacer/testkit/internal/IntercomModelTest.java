package dev.pacer.testkit.internal;

import static dev.pacer.testkit.internal.Requests.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class IntercomModelTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final long START_S = START.getEpochSecond();
  private final ManualClock clock = new ManualClock(START);

  private SandboxEngine engine(int permits, Duration offset) {
    return SandboxEngine.builder().clock(clock).clockOffset(offset).build(new IntercomModel(permits));
  }

  @Test
  void burstAboveTheDeclaredLimitGetsExactlyTheExcessAs429s() {
    SandboxEngine engine = engine(166, Duration.ZERO);
    int rejected = 0;
    for (int i = 0; i < 200; i++) {
      Reply reply = engine.handle(request("GET", "/contacts"));
      reply.lease().release();
      if (reply.status() == 429) {
        rejected++;
        assertTrue(reply.body().contains("\"type\":\"error.list\""), reply.body());
        assertTrue(reply.body().contains("\"code\":\"rate_limit_exceeded\""), reply.body());
        assertTrue(reply.body().contains("Exceeded rate limit of 166 in 10_seconds"), reply.body());
      }
      clock.advance(Duration.ofMillis(10)); // 2 s in all: one window.
    }
    assertEquals(34, rejected);
    assertEquals(166, engine.stats().buckets().get("app").maxAdmittedInAnyWindow());
    assertEquals(34, engine.stats().count429());
  }

  @Test
  void everyResponseCarriesLimitRemainingAndEpochReset() {
    SandboxEngine engine = engine(3, Duration.ZERO);
    clock.advance(Duration.ofSeconds(4));
    for (int i = 0; i < 5; i++) {
      Reply reply = engine.handle(request("GET", "/contacts"));
      assertEquals("3", reply.headers().get("X-RateLimit-Limit"));
      assertEquals(Integer.toString(Math.max(0, 2 - i)), reply.headers().get("X-RateLimit-Remaining"));
      assertEquals(Long.toString(START_S + 10), reply.headers().get("X-RateLimit-Reset"));
      assertEquals(i < 3 ? 200 : 429, reply.status());
    }
  }

  @Test
  void windowResetsAtTheTenSecondBoundaryOfTheEpoch() {
    SandboxEngine engine = engine(2, Duration.ZERO);
    clock.advance(Duration.ofMillis(9_900));
    assertEquals(200, engine.handle(request("GET", "/admins")).status());
    assertEquals(200, engine.handle(request("GET", "/admins")).status());
    assertEquals(429, engine.handle(request("GET", "/admins")).status());
    clock.advance(Duration.ofMillis(100));
    Reply fresh = engine.handle(request("GET", "/admins"));
    assertEquals(200, fresh.status());
    assertEquals("1", fresh.headers().get("X-RateLimit-Remaining"));
    assertEquals(Long.toString(START_S + 20), fresh.headers().get("X-RateLimit-Reset"));
  }

  @Test
  void clockOffsetShiftsTheEpochResetAndTheDate() {
    clock.advance(Duration.ofSeconds(1));
    Reply plain = engine(166, Duration.ZERO).handle(request("GET", "/contacts"));
    Reply skewed = engine(166, Duration.ofSeconds(7)).handle(request("GET", "/contacts"));
    assertEquals("Thu, 01 Jan 2026 00:00:01 GMT", plain.headers().get("Date"));
    assertEquals("Thu, 01 Jan 2026 00:00:08 GMT", skewed.headers().get("Date"));
    assertEquals(Long.toString(START_S + 10), plain.headers().get("X-RateLimit-Reset"));
    // The skewed server is at 00:00:08 of its own clock; its window still ends at 00:00:10.
    assertEquals(Long.toString(START_S + 10), skewed.headers().get("X-RateLimit-Reset"));

    clock.advance(Duration.ofSeconds(4)); // client 00:00:05, skewed server 00:00:12
    Reply later = engine(166, Duration.ofSeconds(7)).handle(request("GET", "/contacts"));
    assertEquals(Long.toString(START_S + 20), later.headers().get("X-RateLimit-Reset"));
  }

  @Test
  void permitsCanBeHalfOrDoubleTheDeclaredLimit() {
    for (int permits : new int[] {83, 332}) {
      SandboxEngine engine = engine(permits, Duration.ZERO);
      int admitted = 0;
      for (int i = 0; i < 400; i++) {
        if (engine.handle(request("POST", "/contacts/search")).status() == 200) {
          admitted++;
        }
      }
      assertEquals(permits, admitted);
    }
  }

  @Test
  void contactListPagesWithStartingAfter() {
    SandboxEngine engine = engine(166, Duration.ZERO);
    String first = engine.handle(request("GET", "/contacts?per_page=2")).body();
    assertTrue(first.contains("\"type\":\"list\""), first);
    assertTrue(first.contains("\"total_count\":5"), first);
    String cursor = first.replaceAll(".*\"starting_after\":\"([^\"]+)\".*", "$1");
    String second = engine.handle(request("GET", "/contacts?per_page=2&starting_after=" + cursor)).body();
    assertTrue(second.contains("user3@example.com"), second);
    assertTrue(second.contains("\"page\":2"), second);
    String last = engine.handle(request("GET", "/contacts?per_page=5")).body();
    assertTrue(!last.contains("starting_after"), last);
  }
}
