package dev.pacer.nylas;

/**
 * Which Nylas limit a {@code 429 Too Many Requests} says was hit, read from the error message
 * (Nylas' rate-limit page lists one message per limit).
 */
public enum NylasLimit {
  /** "Too many requests from this application": the application-wide 500 per second per endpoint. */
  APPLICATION,
  /** "Too many requests": the account's 50 per second per endpoint. */
  ACCOUNT,
  /** "Too many concurrent streaming requests": the account's 10 open {@code /delta/streaming} or {@code /delta/longpoll} calls. */
  CONCURRENT_STREAMING,
  /** "Too many concurrent query requests": the account's 5 calls in flight on {@code /messages}, {@code /threads}, {@code /contacts}. */
  CONCURRENT_QUERY,
  /** A 429 with another message, such as the mail provider throttling the account. */
  OTHER,
  /** Not a rate-limit error. */
  NONE
}
