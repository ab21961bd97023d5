package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.DataEvent;
import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.vendor.support.testing.ConcurrentCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client against the testkit's Intercom sandbox, which counts requests per fixed 10-second
 * window on its own clock and sends {@code X-RateLimit-*} on every response. These tests run in
 * real time; they assert on the sandbox's counts per window, never on wall-clock speed.
 */
final class IntercomSandboxTest {
  private static final int THREADS = 8;
  private static final long WINDOW_MILLIS = 10_000;

  private static IntercomClient clientFor(VendorSandbox sandbox) {
    return IntercomClient.builder()
        .accessToken("sandbox-token-3f9a")
        .baseUrl(sandbox.baseUrl())
        .maxWait(Duration.ofSeconds(30))
        .build();
  }

  /** What a burst of calls met: the calls' failures and the sandbox's view of them. */
  private record Outcome(List<Throwable> failures, SandboxStats stats) {}

  /**
   * Starts {@code sandbox} and makes {@code calls} list calls (contacts and conversations,
   * alternately) from {@link #THREADS} threads through one client.
   */
  private static Outcome listCalls(VendorSandbox.Builder sandbox, int calls) throws Exception {
    try (VendorSandbox started = sandbox.start(); IntercomClient client = clientFor(started)) {
      List<Throwable> failures = ConcurrentCalls.run(THREADS, calls, i -> {
        if (i % 2 == 0) {
          client.execute(client.contacts().list(10, null));
        } else {
          client.execute(client.conversations().list(10, null));
        }
      });
      return new Outcome(failures, started.stats());
    }
  }

  private static long window(Instant serverTime) {
    return Math.floorDiv(serverTime.toEpochMilli(), WINDOW_MILLIS);
  }

  @Test
  @Timeout(60)
  void aSandboxClockSevenSecondsAheadCausesNo429s() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom())
        .clockOffset(Duration.ofSeconds(7)), 400);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures());
    assertEquals(0, stats.count429(), stats::toString);
    assertEquals(400, stats.admitted("app"), stats::toString);
    assertTrue(stats.maxAdmittedInAnyWindow("app") <= 166, stats::toString);
  }

  @Test
  @Timeout(60)
  void aLimitHalfTheDeclaredOneIsLearnedWithinOneWindow() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom(83)), 150);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures(), "every call succeeds, retried after a 429 if need be");
    assertEquals(150, stats.admitted("app"), stats::toString);
    assertTrue(stats.count429() <= 83, () -> "more than one window's worth of 429s: " + stats);
    List<LoggedRequest> log = stats.requests();
    long firstWindow = window(log.get(0).serverTime());
    for (LoggedRequest r : log) {
      if (r.status() == 429) {
        assertTrue(window(r.serverTime()) <= firstWindow + 1, () -> "still refused after adapting: " + r);
      }
    }
  }

  @Test
  @Timeout(60)
  void aLimitDoubleTheDeclaredOneIsLearnedAndUsed() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom(332)), 500);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures());
    assertEquals(0, stats.count429(), stats::toString);
    // 500 calls at the learned 332 per 10 s span about 15 s, so some window holds at least
    // half of them; at the declared 166 none could hold more than 166.
    assertTrue(stats.maxAdmittedInAnyWindow("app") >= 200,
        () -> "throughput did not rise above the declared 166 per window: " + stats);
  }

  @Test
  @Timeout(30)
  void walksEveryContactPageAndSubmitsEventsAgainstTheSandbox() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start();
        IntercomClient client = clientFor(sandbox)) {
      List<String> ids = new ArrayList<>();
      for (Contact c : client.allContacts(2)) ids.add(c.id());
      client.execute(client.dataEvents().submit(
          DataEvent.builder("ran-a-test", Instant.ofEpochSecond(1717171717)).userId("u-1").build()));

      assertEquals(5, ids.size(), ids::toString);
      assertEquals(5, ids.stream().distinct().count(), ids::toString);
      SandboxStats stats = sandbox.stats();
      assertEquals(4, stats.admitted("app"), stats::toString); // three pages and one event
      for (LoggedRequest r : stats.requests()) {
        assertEquals("2.16", r.headers().get("Intercom-Version"));
        assertTrue(r.headers().get("Authorization").startsWith("redacted:"), r::toString);
      }
    }
  }
}
