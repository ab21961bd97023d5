package dev.pacer.esputnik.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The body of {@code PUT /api/v1/interactions/{interaction_id}/status}.
 *
 * @param token the device's push token
 * @param status the new status
 * @param time when it changed, {@code YYYY-MM-DDThh:mm:ssZ}
 */
public record InteractionStatusChange(String token, InteractionStatus status, String time) {

  /** A change to {@code status} at {@code at} (seconds precision, UTC). */
  public static InteractionStatusChange of(String token, InteractionStatus status, Instant at) {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(at, "at == null");
    return new InteractionStatusChange(token, status, at.truncatedTo(ChronoUnit.SECONDS).toString());
  }
}
