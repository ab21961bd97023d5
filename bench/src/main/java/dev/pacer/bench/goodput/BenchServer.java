package dev.pacer.bench.goodput;

import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorSandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The server one client's run of a scenario talks to, started fresh for each run on loopback:
 * the testkit sandbox or a {@link LimitServer}. Its counts are the honest oracle of the tables.
 */
interface BenchServer extends AutoCloseable {
  /** The URL of absolute path {@code path} on this server. */
  HttpUrl url(String path);

  /** The server's clock now, in epoch milliseconds (its windows and {@code Date} follow it). */
  long serverTimeMillis();

  /** Requests the server received, refused ones included. */
  long requestCount();

  /** 429s the server answered. */
  long count429();

  /**
   * Distinct POSTs (by the harness's per-call id) the server applied more than once, or -1 when
   * this server does not track it.
   */
  long postsAppliedTwice();

  /** Stops serving and frees the port. */
  @Override
  void close();

  /** One request as the server saw it: when (its clock, epoch ms) and what it answered (0: dropped). */
  record Arrival(long serverMillis, int status) {}

  /** The requests this server saw, oldest first (at most the last {@value #ARRIVALS_KEPT}). */
  List<Arrival> arrivals();

  /**
   * For {@code --diagnostic}: how early or late requests reached a spacing limit (a leaky
   * bucket), as Markdown-friendly lines; empty where the server has none.
   */
  default String arrivalSlack() {
    return "";
  }

  /** How many {@link #arrivals()} a server keeps. */
  int ARRIVALS_KEPT = 100_000;

  /**
   * The arrivals counted per window of {@code periodMillis} on the server's clock (aligned to the
   * epoch, as fixed windows are), from the window of {@code startMillis}: "answered 2xx / 429 /
   * other" per window, at most {@code maxWindows} windows, for {@code --diagnostic}.
   */
  static String perWindow(List<Arrival> arrivals, long startMillis, long periodMillis, int maxWindows) {
    long first = Math.floorDiv(startMillis, periodMillis);
    List<int[]> windows = new ArrayList<>();
    for (Arrival a : arrivals) {
      long w = Math.floorDiv(a.serverMillis(), periodMillis) - first;
      if (w < 0 || w >= maxWindows) continue;
      while (windows.size() <= w) windows.add(new int[3]);
      int[] counts = windows.get((int) w);
      counts[a.status() >= 200 && a.status() < 300 ? 0 : a.status() == 429 ? 1 : 2]++;
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "  per %d ms window of the server clock (2xx/429/other), from the start window:%n   ", periodMillis));
    for (int[] c : windows) b.append(' ').append(c[0]).append('/').append(c[1]).append('/').append(c[2]);
    return b.append('\n').toString();
  }

  /** The testkit sandbox behind this interface. */
  static BenchServer of(VendorSandbox sandbox) {
    return new BenchServer() {
      @Override
      public HttpUrl url(String path) {
        return sandbox.url(path);
      }

      @Override
      public long serverTimeMillis() {
        return sandbox.serverTime().toEpochMilli();
      }

      @Override
      public long requestCount() {
        return sandbox.stats().requestCount();
      }

      @Override
      public long count429() {
        SandboxStats stats = sandbox.stats();
        return stats.count429();
      }

      @Override
      public long postsAppliedTwice() {
        return -1;
      }

      @Override
      public List<Arrival> arrivals() {
        List<Arrival> out = new ArrayList<>();
        for (LoggedRequest r : sandbox.stats().requests()) {
          out.add(new Arrival(r.serverTime().toEpochMilli(), r.status()));
        }
        return out;
      }

      @Override
      public void close() {
        sandbox.close();
      }
    };
  }
}
