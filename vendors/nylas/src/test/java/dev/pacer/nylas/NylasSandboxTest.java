package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.AvailabilityOptions;
import dev.pacer.nylas.model.AvailabilityRequest;
import dev.pacer.nylas.model.EventFilter;
import dev.pacer.nylas.model.FileFilter;
import dev.pacer.nylas.model.FreeBusyRequest;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.ThreadFilter;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The typed client against the testkit's Nylas sandbox, which enforces the seed page's limits
 * with its own counting (per-endpoint windows per application and per account, concurrency caps
 * held for a stream's whole life) and answers 429 in Nylas's format. Real time, generous slack.
 */
final class NylasSandboxTest {
  private static final String TOKEN_A = "nylas-access-token-account-a-0001";
  private static final String TOKEN_B = "nylas-access-token-account-b-0002";
  /**
   * The declared limits with a 50 ms safety margin instead of the default 10 ms: on a shared,
   * loaded machine a request can reach the sandbox's counter tens of milliseconds after Pacer
   * admitted it.
   */
  private static final dev.pacer.policy.RateLimitPolicy POLICY =
      NylasPolicy.POLICY.toBuilder().safetyMargin(Duration.ofMillis(50)).build();

  @Test
  void thirtyHeldStreamsAndTwoHundredListingsOnOneAccountFromSixteenThreadsGetNo429s() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).streamHold(Duration.ofSeconds(2)).start();
        NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).policy(POLICY).maxWait(Duration.ofMinutes(2)).build()) {
      NylasAccount account = client.account(TOKEN_A);
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        work.add(() -> {
          try (DeltaStream stream = account.streamDeltas("cursor-0")) {
            int deltas = 0;
            while (stream.next() != null) deltas++;
            return deltas;
          }
        });
      }
      for (int i = 0; i < 200; i++) {
        int offset = i;
        work.add(() -> client.execute(account.messages().list(MessageFilter.none().withOffset(offset))).size());
      }
      Collections.shuffle(work, new Random(3));

      runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), () -> "429s (rate or too many concurrent): " + stats);
      assertEquals(30, stats.admitted(bucket(stats, "GET /delta/streaming", "account:")));
      assertEquals(200, stats.admitted(bucket(stats, "GET /messages", "account:")));
      assertTrue(stats.peakConcurrency(bucket(stats, "concurrent /delta/streaming", "")) <= 10, stats::toString);
      assertTrue(stats.peakConcurrency(bucket(stats, "concurrent /messages", "")) <= 5, stats::toString);
    }
  }

  @Test
  void anAccountAtItsStreamCapDoesNotHoldUpAnotherAccount() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).streamHold(Duration.ofSeconds(60)).start();
        NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).policy(POLICY).maxWait(Duration.ofSeconds(2)).build()) {
      List<DeltaStream> heldByA = openStreams(client.account(TOKEN_A), 10);
      try {
        // Had the accounts shared one cap, B's stream would wait for A's and fail after maxWait.
        NylasAccount b = client.account(TOKEN_B);
        try (DeltaStream streamOfB = b.streamDeltas("cursor-0")) {
          assertNotNull(streamOfB);
        }
        assertNotNull(client.execute(b.threads().list(ThreadFilter.none())));
      } finally {
        heldByA.forEach(DeltaStream::close);
      }
      assertEquals(0, sandbox.stats().count429(), () -> sandbox.stats().toString());
    }
  }

  @Test
  void aStreamClosedEarlyFreesItsPermitAtOnce() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).streamHold(Duration.ofSeconds(60)).start();
        NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).policy(POLICY).maxWait(Duration.ofSeconds(2)).build()) {
      NylasAccount a = client.account(TOKEN_A);
      List<DeltaStream> held = openStreams(a, 10);
      try {
        assertEquals(10, client.pacer().diagnostics().permitsInFlight());
        held.remove(0).close();
        assertEquals(9, client.pacer().diagnostics().permitsInFlight(), "closing must free the permit at once");
        // The server learns of the close when its next keep-alive fails; a client that raced it
        // would meet a "too many concurrent" 429 (and retry), which is the server's view, not ours.
        String cap = bucket(sandbox.stats(), "concurrent /delta/streaming", "");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sandbox.stats().inFlight(cap) > 9 && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(9, sandbox.stats().inFlight(cap), "the sandbox never noticed the closed stream");
        // The eleventh stream goes at once: had the closed stream kept its permit, it would wait
        // for the 60 s hold and fail after maxWait (2 s).
        held.add(a.streamDeltas("cursor-0"));
      } finally {
        held.forEach(DeltaStream::close);
      }
      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(11, stats.admitted(bucket(stats, "GET /delta/streaming", "account:")));
    }
  }

  @Test
  void theApplicationWidePerEndpointLimitHoldsAcrossAccounts() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).start();
        NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).policy(POLICY).maxWait(Duration.ofMinutes(1)).build()) {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 1_200; i++) {
        NylasAccount account = client.account("nylas-token-of-account-" + (i % 20));
        work.add(() -> client.execute(account.threads().list(ThreadFilter.none())).size());
      }
      Collections.shuffle(work, new Random(5));

      runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(1_200, stats.admitted("app|GET /threads"));
      assertTrue(stats.maxAdmittedInAnyWindow("app|GET /threads") <= 500, stats::toString);
    }
  }

  @Test
  void burstsOnTheCalendarFileFolderAndOutboxEndpointsGetNo429s() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).start();
        NylasClient client = NylasClient.builder().baseUrl(sandbox.baseUrl()).policy(POLICY).clientId("sandbox-app")
            .clientSecret("sandbox-secret-0001").maxWait(Duration.ofMinutes(1)).build()) {
      NylasAccount a = client.account(TOKEN_A);
      Instant start = Instant.ofEpochSecond(1_735_689_600L);
      Map<String, Callable<Integer>> calls = new LinkedHashMap<>();
      calls.put("GET /folders", () -> client.execute(a.folders().list()).size());
      calls.put("GET /labels", () -> client.execute(a.labels().list()).size());
      calls.put("GET /files", () -> client.execute(a.files().list(FileFilter.none())).size());
      calls.put("GET /files/{id}/download", () -> (int) a.downloadFile("fil4000q2ks8dmq0v1k", OutputStream.nullOutputStream()));
      calls.put("GET /calendars", () -> client.execute(a.calendars().list()).size());
      calls.put("POST /calendars/free-busy", () -> client.execute(a.calendars().freeBusy(
          FreeBusyRequest.of("user@example.com", start, start.plusSeconds(3600)))).get(0).timeSlots().size());
      calls.put("POST /calendars/availability", () -> client.execute(a.calendars().availability(new AvailabilityRequest(
          AvailabilityOptions.of(Duration.ofMinutes(30), start, start.plusSeconds(7200), Duration.ofMinutes(15)),
          List.of("user@example.com")))).timeSlots().size());
      calls.put("GET /resources", () -> client.execute(a.calendars().roomResources(null)).size());
      calls.put("GET /events", () -> client.execute(a.events().list(EventFilter.none())).size());
      calls.put("GET /job-statuses", () -> client.execute(a.jobStatuses().list()).size());
      calls.put("GET /outbox", () -> client.execute(a.outbox().list()).size());
      calls.put("GET /a/{client_id}/webhooks", () -> client.execute(client.application().webhooks()).size());
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 60; i++) work.addAll(calls.values()); // 60 per endpoint: more than one second's 50
      Collections.shuffle(work, new Random(11));

      List<Integer> sizes = runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertTrue(sizes.stream().allMatch(n -> n > 0), "every call parsed a non-empty answer: " + sizes);
      for (String endpoint : calls.keySet()) {
        assertEquals(60, stats.admitted("app|" + endpoint), endpoint + ": " + stats);
        if (!endpoint.startsWith("GET /a/")) {
          String account = stats.buckets().stream().filter(b -> b.startsWith("account:") && b.endsWith("|" + endpoint))
              .findFirst().orElseThrow(() -> new AssertionError("no account bucket for " + endpoint + ": " + stats));
          assertEquals(60, stats.admitted(account), endpoint);
          assertTrue(stats.maxAdmittedInAnyWindow(account) <= 50, endpoint + ": " + stats);
        }
      }
    }
  }

  private static List<DeltaStream> openStreams(NylasAccount account, int n) throws Exception {
    List<DeltaStream> streams = new ArrayList<>();
    for (int i = 0; i < n; i++) streams.add(account.streamDeltas("cursor-0"));
    return streams;
  }

  /** The sandbox bucket whose name contains {@code fragment} and starts with {@code prefix}. */
  private static String bucket(SandboxStats stats, String fragment, String prefix) {
    return stats.buckets().stream()
        .filter(b -> b.contains(fragment) && b.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no bucket like " + fragment + " in " + stats.buckets()));
  }

  private static <T> List<T> runOn16Threads(List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<T>> futures = pool.invokeAll(work);
      List<T> out = new ArrayList<>(futures.size());
      for (Future<T> f : futures) out.add(f.get());
      return out;
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }
}
