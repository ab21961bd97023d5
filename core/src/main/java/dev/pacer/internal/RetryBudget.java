package dev.pacer.internal;

import dev.pacer.RetryConfig;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@code Pacer}'s retry budget (see {@link RetryConfig#retryBudget()}): a token bucket that
 * retries draw {@link RetryConfig#RETRY_COST} from and successful answers refill by one, shared by
 * every driver of that {@code Pacer}. Thread-safe, lock-free.
 */
final class RetryBudget {
  private final int capacity;
  private final AtomicInteger tokens;
  private final AtomicBoolean dry = new AtomicBoolean();

  RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(capacity);
  }

  /** True when the budget is on. */
  boolean enabled() {
    return capacity > 0;
  }

  /**
   * Draws one retry's cost; false, drawing nothing, when the budget cannot pay. {@code onDry}
   * runs once when the budget starts refusing, again only after it could pay once more.
   */
  boolean tryRetry(Runnable onDry) {
    if (capacity == 0) return true;
    while (true) {
      int t = tokens.get();
      if (t < RetryConfig.RETRY_COST) {
        if (dry.compareAndSet(false, true)) onDry.run();
        return false;
      }
      if (tokens.compareAndSet(t, t - RetryConfig.RETRY_COST)) {
        dry.set(false);
        return true;
      }
    }
  }

  /** A successful answer: one token back, up to the capacity. */
  void succeeded() {
    if (capacity == 0) return;
    while (true) {
      int t = tokens.get();
      if (t >= capacity || tokens.compareAndSet(t, t + 1)) return;
    }
  }

  int tokens() {
    return tokens.get();
  }
}
