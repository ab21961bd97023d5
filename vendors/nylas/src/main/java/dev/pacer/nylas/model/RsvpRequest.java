package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /send-rsvp}: the account's answer to an invitation it received.
 *
 * @param eventId the event invited to
 * @param status {@code yes}, {@code no} or {@code maybe}
 * @param accountId the answering account's ID
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RsvpRequest(String eventId, String status, String accountId) {
  /**
   * @throws IllegalArgumentException when {@code status} is not {@code yes}, {@code no} or {@code maybe}
   */
  public RsvpRequest {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(accountId, "accountId == null");
    if (!"yes".equals(status) && !"no".equals(status) && !"maybe".equals(status)) {
      throw new IllegalArgumentException("status is not yes, no or maybe: " + status);
    }
  }
}
