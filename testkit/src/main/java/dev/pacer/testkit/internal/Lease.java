package dev.pacer.testkit.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-flight slots an admitted request holds until its response finishes (or its client
 * disconnects). Releasing twice is harmless. Thread-safe.
 */
public final class Lease {
  /** A lease that holds nothing. */
  public static final Lease NONE = new Lease(null, List.of());

  private final LimitBook book;
  private final List<String> buckets;
  private final AtomicBoolean released = new AtomicBoolean();

  Lease(LimitBook book, List<String> buckets) {
    this.book = book;
    this.buckets = List.copyOf(buckets);
  }

  /** Gives the slots back; only the first call has an effect. */
  public void release() {
    if (book != null && released.compareAndSet(false, true)) {
      book.release(buckets);
    }
  }

  /** True once {@link #release()} has run (always true for {@link #NONE}). */
  public boolean isReleased() {
    return book == null || released.get();
  }
}
