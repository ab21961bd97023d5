package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PUT /api/v1/contact/{id}/subscriptions}, and the subscription part of a
 * {@code SUBSCRIPTION_CHANGED} activity: the keys of the categories a contact is subscribed to.
 *
 * @param subscriptions subscription category keys ({@link SubscriptionCategory#key()}); required,
 *     may be empty
 */
public record ContactSubscriptions(List<String> subscriptions) {
  /** Checks and copies the keys. */
  public ContactSubscriptions {
    Objects.requireNonNull(subscriptions, "subscriptions == null");
    subscriptions = Copies.listOrNull(subscriptions);
  }

  /** Subscribed to the categories with these keys (none: unsubscribed from all). */
  public static ContactSubscriptions of(String... keys) {
    return new ContactSubscriptions(List.of(keys));
  }
}
