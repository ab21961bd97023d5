package dev.pacer.bench.goodput;

import dev.pacer.event.PacerListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Pacer told its listener during one run, for {@code --diagnostic}: how many events of
 * each kind and reason, the total wait and pause they reported, and the first
 * {@value #TIMELINE} events with their time since the run started, so a table row can be
 * explained ("after each 429 the bucket paused 1 s, then 16 calls went at once"). Thread-safe;
 * bounded in memory.
 */
final class EventLog implements PacerListener {
  static final int TIMELINE = 60;

  private final long startNanos = System.nanoTime();
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final AtomicLong waitedNanos = new AtomicLong();
  private final AtomicLong pausedNanos = new AtomicLong();
  private final List<String> timeline = new ArrayList<>();

  @Override
  public void waited(String endpoint, String rule, Duration wait) {
    count("waited");
    waitedNanos.addAndGet(wait.toNanos());
  }

  @Override
  public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
    count("pausedByServer " + status);
    pausedNanos.addAndGet(pause.toNanos());
    note("paused " + bucket + " on " + status + " for " + millis(pause));
  }

  @Override
  public void retrying(String endpoint, int attempt, Duration delay, String reason) {
    count("retrying: " + reason);
    note("retry #" + attempt + " of " + endpoint + " in " + millis(delay) + " (" + reason + ")");
  }

  @Override
  public void gaveUp(String endpoint, int attempts, String reason) {
    count("gaveUp: " + reason);
    note("gave up " + endpoint + " after " + attempts + " (" + reason + ")");
  }

  @Override
  public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
    count("pauseClipped");
    note("clipped a pause of " + bucket + " from " + millis(requested) + " to " + millis(applied));
  }

  @Override
  public void rejected(String endpoint, String rule, Duration wait) {
    count("rejected");
    note("rejected " + endpoint + " (would wait " + millis(wait) + ")");
  }

  @Override
  public void circuitBreakerChanged(String host, String state) {
    count("circuitBreaker " + state);
    note("circuit breaker " + state);
  }

  @Override
  public void retryBudgetExhausted(String endpoint) {
    count("retryBudgetExhausted");
    note("retry budget exhausted at " + endpoint);
  }

  private void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  private void note(String what) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    synchronized (timeline) {
      if (timeline.size() < TIMELINE) timeline.add(String.format(Locale.ROOT, "%7d ms  %s", ms, what));
    }
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }

  /** The counts, the totals and the timeline, as Markdown-friendly lines. */
  String summary() {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(counts).forEach((k, v) -> b.append("  ").append(v.get()).append(" x ").append(k).append('\n'));
    b.append(String.format(Locale.ROOT, "  waits reported: %.2f s in all; server pauses: %.2f s in all%n",
        waitedNanos.get() / 1e9, pausedNanos.get() / 1e9));
    synchronized (timeline) {
      if (!timeline.isEmpty()) b.append("  first events:\n");
      for (String line : timeline) b.append("    ").append(line).append('\n');
    }
    return b.toString();
  }
}
