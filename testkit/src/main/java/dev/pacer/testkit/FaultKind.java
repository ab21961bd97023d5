package dev.pacer.testkit;

/** A kind of misbehaviour {@link FaultInjection} can make the sandbox show. */
public enum FaultKind {
  /**
   * {@code 503 Service Unavailable} with {@code Retry-After: 1}, before the request is
   * processed: it counts against no limit.
   */
  SERVICE_UNAVAILABLE_503,

  /**
   * The request is processed (it counts against the limits) but the connection closes before
   * any response byte is sent, as when a server or proxy fails after doing the work. Clients see
   * an {@code IOException}; replaying such a request may do the work twice.
   */
  DROP_CONNECTION,

  /**
   * The response is the normal one but its {@code X-RateLimit-Limit}, {@code -Remaining} and
   * {@code -Reset} values are garbage (added even where the vendor sends none), and a 429 also
   * carries a garbage {@code Retry-After}. Clients must ignore the hints, not trust them.
   */
  MALFORMED_RATE_LIMIT_HEADERS
}
