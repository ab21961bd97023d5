package dev.pacer.policy;

/**
 * What a vendor's {@code X-RateLimit-Reset} header means. Vendors disagree, so the policy says.
 */
public enum ResetFormat {
  /** Seconds until the window resets, e.g. {@code 10} (Nylas). */
  SECONDS_UNTIL_RESET,
  /** The Unix time, in seconds, at which the window resets, e.g. {@code 1767225610} (Intercom). */
  EPOCH_SECONDS,
  /** The Unix time, in milliseconds, at which the window resets. */
  EPOCH_MILLIS,
  /**
   * Not declared: Pacer guesses from the magnitude. Values below 10^9 are read as seconds until
   * reset, values below 10^11 as epoch seconds, larger values as epoch milliseconds. An epoch
   * value in the past is ignored. The guess is safe: a wrong guess can only make Pacer wait
   * longer, never send early, because the result is bounded by the retry's maximum wait.
   */
  AUTO
}
