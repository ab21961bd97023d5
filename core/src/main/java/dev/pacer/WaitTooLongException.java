package dev.pacer;

import java.time.Duration;

/**
 * The call would have waited longer than its {@code maxWait} for a permit, so it failed at once
 * without being sent. {@link #retryAfter()} says when it could have gone.
 */
public final class WaitTooLongException extends PacerException {
  private final String rule;

  /** Creates the exception; messages name the rule and endpoint, never a credential. */
  public WaitTooLongException(String rule, String endpoint, Duration wait, Duration maxWait) {
    super("rate limit '" + rule + "' for " + endpoint + " admits this call in " + wait.toMillis()
        + " ms, more than maxWait " + maxWait.toMillis() + " ms", endpoint, wait);
    this.rule = rule;
  }

  /** The rule whose limit made the wait too long. */
  public String rule() {
    return rule;
  }
}
