package dev.pacer.vendor.support.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A burst of numbered calls from several threads, for the vendor modules' sandbox tests. */
public final class ConcurrentCalls {
  private ConcurrentCalls() {}

  /** Makes call number {@code i}. */
  @FunctionalInterface
  public interface NumberedCall {
    /** Makes the call; a failure is collected, not thrown on. */
    void make(int i) throws Exception;
  }

  /**
   * Makes calls {@code 0} to {@code calls - 1} from {@code threads} threads, each thread taking the
   * next number until none is left, and returns the failures (empty when every call succeeded).
   */
  public static List<Throwable> run(int threads, int calls, NumberedCall call) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(() -> {
          for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
            try {
              call.make(i);
            } catch (Exception e) {
              failures.add(e);
            }
          }
          return null;
        });
      }
      for (Future<Void> f : pool.invokeAll(workers)) {
        assertTrue(f.isDone());
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
    return new ArrayList<>(failures);
  }
}
