package dev.pacer.internal;

/**
 * What one response said about the limit, as the engine read it into the buckets: the parsed
 * signal (skew-corrected) and whether the server throttled the call. The retry decision reads
 * this, so no header is parsed twice. Immutable.
 */
final class ServerOutcome {
  final ServerSignal signal;
  /** The server paused the buckets: a 429, or a 503 with {@code Retry-After} that is a rate limit (see {@link Feedback}). */
  final boolean throttled;
  /**
   * How long a throttle without a server wait paused the call's buckets (the rule's period, or a
   * leaky-bucket server's short pause), in nanoseconds; -1 when it paused none. The retry waits
   * that pause, in line with every other caller of the buckets, instead of a backoff of its own.
   */
  final long pausedWithoutHintNanos;

  /** An answer that said nothing about the limit: no field, no throttle, no pause. Shared. */
  static final ServerOutcome NOTHING = new ServerOutcome(ServerSignal.EMPTY, false, -1);

  ServerOutcome(ServerSignal signal, boolean throttled) {
    this(signal, throttled, -1);
  }

  /** The outcome for these values, the shared {@link #NOTHING} when it is that. */
  static ServerOutcome of(ServerSignal signal, boolean throttled, long pausedWithoutHintNanos) {
    if (signal == ServerSignal.EMPTY && !throttled && pausedWithoutHintNanos < 0) return NOTHING;
    return new ServerOutcome(signal, throttled, pausedWithoutHintNanos);
  }

  ServerOutcome(ServerSignal signal, boolean throttled, long pausedWithoutHintNanos) {
    this.signal = signal;
    this.throttled = throttled;
    this.pausedWithoutHintNanos = pausedWithoutHintNanos;
  }
}
