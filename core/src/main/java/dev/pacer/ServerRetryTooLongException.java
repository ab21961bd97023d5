package dev.pacer;

import java.time.Duration;

/**
 * The server asked for a wait ({@code Retry-After} or a rate-limit reset) longer than
 * {@link RetryConfig#maxRetryAfter()} or than the call's remaining time, so the call failed at
 * once instead of hanging or retrying early. Thrown only while the call has attempts left; on
 * its last attempt the caller gets the server's response instead. {@link #retryAfter()} is the
 * server's wait; the message names the endpoint and status, never a credential.
 */
public final class ServerRetryTooLongException extends PacerException {
  private final int status;

  /** Creates the exception for a response with {@code status}. */
  public ServerRetryTooLongException(String endpoint, int status, Duration serverWait, Duration allowed) {
    super("server answered " + status + " for " + endpoint + " and asks to wait "
        + describe(serverWait) + ", more than allowed " + allowed.toMillis() + " ms", endpoint, serverWait);
    this.status = status;
  }

  /** The HTTP status the server answered, 429 or 503. */
  public int status() {
    return status;
  }

  private static String describe(Duration d) {
    return d.getSeconds() >= 10 ? d.getSeconds() + " s" : d.toMillis() + " ms";
  }
}
