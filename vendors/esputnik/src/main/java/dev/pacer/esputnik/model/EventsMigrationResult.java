package dev.pacer.esputnik.model;

/**
 * The outcome for one past event.
 *
 * @param status {@code ACCEPTED}, {@code OCCURRED_DATE_IS_REQUIRED}, {@code INCORRECT_OCCURRED_DATE_FORMAT},
 *     {@code OCCURRED_TIME_TOO_DEPTH}, {@code OCCURRED_TIME_IN_FUTURE}, {@code EVENT_SEGMENTATION_DISABLED} or
 *     {@code SERVER_ERROR}
 */
public record EventsMigrationResult(String status) {
  /** True when the event was accepted for processing. */
  public boolean accepted() {
    return "ACCEPTED".equals(status);
  }
}
