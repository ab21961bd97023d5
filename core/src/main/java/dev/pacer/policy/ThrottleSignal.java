package dev.pacer.policy;

import okhttp3.Headers;

/**
 * Tells a throttle that is not a 429: some vendors answer "too many requests" with another
 * status and a fixed message (Kore.ai documents only its message). Pacer asks only for answers
 * with a status of 400 or more that are not 429; it passes the start of the body, at most
 * {@link #PEEK_BYTES} bytes, read without consuming it. A {@code true} answer is handled exactly
 * like a 429: the buckets it concerns pause (for the answer's {@code Retry-After}, or the window
 * they count in), and the call is retried if its body can be sent again. Must be fast and must
 * not throw; it sees response headers and body text, never the request's credentials.
 */
@FunctionalInterface
public interface ThrottleSignal {
  /** The most body bytes a signal sees. */
  int PEEK_BYTES = 4096;

  /**
   * @param status the answer's status (400 or more, never 429)
   * @param headers the answer's headers
   * @param bodyStart the first bytes of the body as UTF-8 text, possibly cut mid-character
   * @return true when the answer says the caller went over a rate limit
   */
  boolean isThrottle(int status, Headers headers, String bodyStart);
}
