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

  ServerOutcome(ServerSignal signal, boolean throttled) {
    this.signal = signal;
    this.throttled = throttled;
  }
}
