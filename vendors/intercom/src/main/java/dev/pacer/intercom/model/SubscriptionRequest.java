package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /contacts/{id}/subscriptions}: opts the contact in to, or out of, a
 * subscription type. Immutable.
 *
 * @param id the subscription type's id
 * @param consentType {@code opt_in} or {@code opt_out}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionRequest(String id, String consentType) {
  public SubscriptionRequest {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(consentType, "consentType == null");
  }

  /** Opts the contact in to the subscription type {@code id}. */
  public static SubscriptionRequest optIn(String id) {
    return new SubscriptionRequest(id, "opt_in");
  }

  /** Opts the contact out of the subscription type {@code id}. */
  public static SubscriptionRequest optOut(String id) {
    return new SubscriptionRequest(id, "opt_out");
  }
}
