package dev.pacer.esputnik.model;

/**
 * The outcome of queueing one message.
 *
 * @param locator the recipient's address or phone number
 * @param status {@code OK} (queued) or {@code ERROR}
 * @param requestId the ID to ask the message status with, when queued
 * @param message the error, when not
 */
public record SendMessageResult(String locator, String status, String requestId, String message) {
  /** True when the message was queued. */
  public boolean ok() {
    return "OK".equals(status);
  }
}
