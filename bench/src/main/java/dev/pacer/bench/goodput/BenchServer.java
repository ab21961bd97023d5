package dev.pacer.bench.goodput;

import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorSandbox;
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
      public void close() {
        sandbox.close();
      }
    };
  }
}
