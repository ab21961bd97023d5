package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.testing.ConcurrentCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client against the testkit's Context.IO sandbox, which counts each user's IMAP calls per
 * fixed minute on its own clock and answers 429 past 240. Both sides share a clock that runs
 * {@value #SCALE} times faster than real time, so a minute window passes in three seconds; the
 * assertions are on the sandbox's counts per window, never on wall-clock speed. (Blocking calls
 * only: Pacer's async call factory schedules its waits on a real-time timer, so a sped-up clock
 * would not speed them up; the async path is covered against MockWebServer.)
 */
final class ContextIoSandboxTest {
  private static final int SCALE = 20;
  private static final int THREADS = 8;

  /**
   * Real time sped up {@code scale} times from a fixed wall start: both the sandbox's windows and
   * the client's buckets follow it. Reads the system's monotonic clock, like {@code PacerClock.system()}.
   */
  static final class FastClock implements PacerClock {
    private final long origin = System.nanoTime();
    private final long startMillis;
    private final int scale;

    FastClock(Instant start, int scale) {
      this.startMillis = start.toEpochMilli();
      this.scale = scale;
    }

    @Override
    public long nanoTime() {
      return (System.nanoTime() - origin) * scale;
    }

    @Override
    public long wallMillis() {
      return startMillis + nanoTime() / 1_000_000L;
    }
  }

  /**
   * Context.IO's rules, with room for the sped-up clock: the in-flight delay between Pacer's
   * admission and the sandbox's count is multiplied by {@link #SCALE} too, so the safety margin
   * is 10 s of virtual time (half a second real). The developer limit is raised so that one
   * user's IMAP limit, not the hourly developer pace, is what the burst runs into; the sandbox
   * still enforces 5,000 an hour, far above this test's calls.
   */
  private static final RateLimitPolicy POLICY = ContextIoPolicy.withDeveloperRate(Rate.perHour(100_000)).toBuilder()
      .safetyMargin(Duration.ofSeconds(10))
      .build();

  @Test
  @Timeout(60)
  void aBurstOfImapCallsForOneUserAboveItsLimitFromManyThreadsGetsNo429() throws Exception {
    int calls = 360; // one and a half minutes' worth of one user's IMAP budget
    FastClock clock = new FastClock(Instant.parse("2026-01-01T00:00:40Z"), SCALE);
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.contextIo()).clock(clock).start();
         ContextIoClient client = ContextIoClient.builder()
             .consumerKey(ContextIoTestServer.KEY)
             .consumerSecret(ContextIoTestServer.SECRET)
             .baseUrl(sandbox.baseUrl())
             .clock(clock)
             .policy(POLICY)
             .maxWait(Duration.ofMinutes(10))
             .build()) {
      List<Throwable> failures = burst(client, "ann", calls);

      SandboxStats stats = sandbox.stats();
      assertEquals(List.of(), failures);
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(calls, stats.admitted("user:ann|imap"), stats::toString);
      assertTrue(stats.maxAdmittedInAnyWindow("user:ann|imap") <= 240, stats::toString);
      String developer = stats.buckets().stream().filter(b -> b.startsWith("developer:")).findFirst().orElseThrow();
      assertEquals(calls, stats.admitted(developer), stats::toString);
      assertFalse(developer.contains(ContextIoTestServer.KEY), developer);
      for (LoggedRequest r : stats.requests()) {
        assertFalse(r.toString().contains(ContextIoTestServer.SECRET), r::toString);
      }
    }
  }

  /** {@code calls} IMAP calls for {@code user} from {@link #THREADS} threads: list, get, flags and mark read in turn. */
  private static List<Throwable> burst(ContextIoClient client, String user, int calls) throws InterruptedException {
    MessagesApi messages = client.messages();
    return ConcurrentCalls.run(THREADS, calls, i -> {
      switch (i % 4) {
        case 0 -> client.execute(messages.list(user, "0", "INBOX/Clients", MessageOptions.none(), 0, 10));
        case 1 -> client.execute(messages.get(user, "0", "INBOX", "<msg1@example.com>", MessageOptions.none()));
        case 2 -> client.execute(messages.flags(user, "0", "INBOX", "<msg1@example.com>"));
        default -> client.execute(messages.markRead(user, "0", "INBOX", "<msg1@example.com>"));
      }
    });
  }
}
