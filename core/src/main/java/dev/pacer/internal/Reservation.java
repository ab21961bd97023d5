package dev.pacer.internal;

/**
 * Rate permits booked for one attempt at a future instant. Give it back with
 * {@link Engine#cancel(Reservation)} if the call is abandoned before it goes out, and
 * {@link Engine#confirm(Reservation)} it when the wait is over: only the buckets that set the
 * wait are booked up front, the others at confirmation, and a server pause in the meantime
 * voids it.
 */
public final class Reservation {
  final Charge charge; // possibly refreshed after an eviction
  final long goAtNanos;
  final long waitNanos;
  final long[][] booked;
  final int[] epochs;
  final long[] bookingSeq;
  final String limitingRule;

  Reservation(Charge charge, long goAtNanos, long waitNanos, long[][] booked, int[] epochs, long[] bookingSeq, String limitingRule) {
    this.charge = charge;
    this.goAtNanos = goAtNanos;
    this.waitNanos = waitNanos;
    this.booked = booked;
    this.epochs = epochs;
    this.bookingSeq = bookingSeq;
    this.limitingRule = limitingRule;
  }

  /** The charge this reservation was booked for. */
  public Charge charge() {
    return charge;
  }

  /** Nanoseconds the caller must wait from the moment of reserving. */
  public long waitNanos() {
    return waitNanos;
  }

  /** The clock reading at which the call may go. */
  public long goAtNanos() {
    return goAtNanos;
  }

  /** The rule whose bucket set the wait, or null when there was no wait. */
  public String limitingRule() {
    return limitingRule;
  }
}
