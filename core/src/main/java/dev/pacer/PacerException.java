package dev.pacer;

import java.io.IOException;
import java.time.Duration;

/**
 * Base of the {@link IOException}s Pacer throws when it refuses or gives up on a call. OkHttp
 * interceptors may throw only {@code IOException}s, so callers catch these where they already
 * catch network failures. Messages name the rule and the endpoint, never a credential.
 */
public abstract class PacerException extends IOException {
  private final String endpoint;
  private final Duration retryAfter;

  PacerException(String message, String endpoint, Duration retryAfter) {
    super(message);
    this.endpoint = endpoint;
    this.retryAfter = retryAfter;
  }

  /** The endpoint, as {@code METHOD /path/template}. */
  public String endpoint() {
    return endpoint;
  }

  /** How long from the moment of the failure until the call could go. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
