package dev.pacer.samples;

import dev.pacer.nylas.DeltaStream;
import dev.pacer.nylas.NylasAccount;
import dev.pacer.nylas.NylasClient;
import dev.pacer.nylas.NylasRegion;
import dev.pacer.nylas.model.Delta;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Nylas delta streaming: several workers of one app each hold a {@code GET /delta/streaming}
 * response open for the same account (a search indexer, a CRM sync, a notifier...). Nylas lets
 * an account hold 10 streams open; Pacer counts an open stream as one of those 10 until its body
 * is closed, so a 12th worker waits for a slot instead of drawing a 429. Each worker reads deltas
 * as they arrive and keeps the cursor to resume from.
 *
 * <p>Runs offline against a Nylas sandbox started here, whose streams send two deltas and end
 * after a second. With {@code NYLAS_ACCESS_TOKEN} set (an account's access token), the streams
 * read that account's changes at {@code https://api.nylas.com/}, read-only, and each worker
 * closes its stream after {@value #SECONDS_PER_STREAM} seconds.
 */
public final class NylasDeltaStreaming {
  static final int WORKERS = 12;
  static final int SECONDS_PER_STREAM = 5;

  /** What the sample saw: streams read, deltas received, the most open at once at the server. */
  record Outcome(int streams, int deltas, int peakOpenStreams, long server429s) {}

  /** Runs the sample: offline unless the environment holds the credential named above. */
  public static void main(String[] args) throws Exception {
    run(System.getenv(), System.out);
  }

  static Outcome run(Map<String, String> env, PrintStream out) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor();
    try (Target target = Target.of(env, "NYLAS_ACCESS_TOKEN", VendorProfile.nylas(), NylasRegion.US.baseUrl());
        NylasClient nylas = NylasClient.builder().baseUrl(target.baseUrl()).build()) {
      NylasAccount account = nylas.account(target.credential());
      String cursor = nylas.execute(account.deltas().latestCursor()).cursor();

      long start = System.nanoTime();
      List<Future<Integer>> deltasPerWorker = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        deltasPerWorker.add(workers.submit(() -> {
          // Blocks while the account already holds 10 open streams; 429s never reach here.
          try (DeltaStream stream = account.streamDeltas(cursor)) {
            closer.schedule(stream::close, SECONDS_PER_STREAM, TimeUnit.SECONDS);
            int read = 0;
            for (Delta delta; (delta = stream.next()) != null; ) read++;
            return read;
          }
        }));
      }
      int deltas = 0;
      for (Future<Integer> worker : deltasPerWorker) deltas += worker.get();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      int peak = target.offline() ? peakOpenStreams(target.stats()) : -1;
      out.printf("%d workers streamed deltas for one account from %s, starting at cursor %s.%n",
          WORKERS, target.describe(), cursor);
      out.printf("They read %d deltas in %.1f s; Nylas allows an account 10 open streams.%n", deltas, took.toMillis() / 1000.0);
      if (peak >= 0) out.printf("At most %d streams were open at once at the server; the others waited for a slot.%n", peak);
      out.println(target.describe429s());
      return new Outcome(WORKERS, deltas, peak, target.server429s());
    } finally {
      workers.shutdownNow();
      closer.shutdownNow();
    }
  }

  /** The sandbox's peak of open streams for the account (its bucket name holds a hash of the token). */
  private static int peakOpenStreams(SandboxStats stats) {
    int peak = 0;
    for (String bucket : stats.buckets()) {
      if (bucket.endsWith("|concurrent /delta/streaming")) peak = Math.max(peak, stats.peakConcurrency(bucket));
    }
    return peak;
  }

  private NylasDeltaStreaming() {}
}
