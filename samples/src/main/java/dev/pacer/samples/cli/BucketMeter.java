package dev.pacer.samples.cli;

import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.time.PacerClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sandbox's counts per bucket and renders them as table lines: admitted, the rate over
 * the last second, the busiest window against the limit (or the peak in flight against a
 * concurrency cap), and 429s. Everything shown is what the server counted, and rates are per
 * second of the sandbox's clock (which may run faster than real time). Thread-safe.
 */
final class BucketMeter {
  private static final int MAX_ROWS = 16;
  private static final long RATE_SPAN_NANOS = 1_000_000_000L;

  private record Sample(long nanos, Map<String, Long> admitted) {}

  private final VendorSandbox sandbox;
  private final PacerClock clock;
  private final Deque<Sample> history = new ArrayDeque<>();

  /** A meter whose rates are per second of {@code clock}, the sandbox's clock. */
  BucketMeter(VendorSandbox sandbox, PacerClock clock) {
    this.sandbox = sandbox;
    this.clock = clock;
  }

  SandboxStats stats() {
    return sandbox.stats();
  }

  /** The table lines for the sandbox's counts now. */
  synchronized List<String> lines() {
    SandboxStats stats = sandbox.stats();
    long now = clock.nanoTime();
    Map<String, Long> admitted = new HashMap<>();
    for (String bucket : stats.buckets()) admitted.put(bucket, stats.admitted(bucket));
    history.addLast(new Sample(now, admitted));
    while (history.size() > 2 && now - history.peekFirst().nanos() > RATE_SPAN_NANOS) history.removeFirst();
    Sample then = history.peekFirst();
    double seconds = (now - then.nanos()) / 1e9;

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"BUCKET (as the server counts)", "ADMITTED", "NOW/S", "BUSIEST", "429s"});
    for (String bucket : stats.buckets()) {
      if (rows.size() > MAX_ROWS) {
        rows.add(new String[] {"... " + (stats.buckets().size() - MAX_ROWS) + " more", "", "", "", ""});
        break;
      }
      long count = stats.admitted(bucket);
      boolean concurrency = count > 0 && stats.maxAdmittedInAnyWindow(bucket) == 0;
      String rate = concurrency || seconds < 0.2 ? "" :
          Long.toString(Math.round((count - then.admitted().getOrDefault(bucket, 0L)) / seconds));
      String busiest = concurrency
          ? stats.peakConcurrency(bucket) + " of " + stats.permits(bucket) + " open"
          : stats.maxAdmittedInAnyWindow(bucket) + " of " + stats.permits(bucket) + "/window";
      rows.add(new String[] {bucket, Long.toString(count), rate, busiest, Long.toString(stats.count429(bucket))});
    }
    return Table.format(rows);
  }
}
