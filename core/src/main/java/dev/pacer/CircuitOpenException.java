package dev.pacer;

import java.time.Duration;

/**
 * The host's circuit breaker is open (recent calls to it mostly failed with 5xx answers or
 * network errors), so the call failed at once without being sent. {@link #retryAfter()} is the
 * breaker's wait before it lets probe calls through again. Only with
 * {@link Pacer.Builder#circuitBreaker(io.github.resilience4j.circuitbreaker.CircuitBreakerConfig)}.
 */
public final class CircuitOpenException extends PacerException {
  private final String host;

  /** Creates the exception; the message names the host and endpoint, never a credential. */
  public CircuitOpenException(String host, String endpoint, Duration retryAfter) {
    super("circuit breaker for " + host + " is open; " + endpoint + " was not sent", endpoint, retryAfter);
    this.host = host;
  }

  /** The host whose breaker is open. */
  public String host() {
    return host;
  }
}
