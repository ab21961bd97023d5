package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * A subscription-form sign-up (double opt-in): the contact is created unconfirmed, or updated
 * except for its existing channels.
 *
 * @param contact the contact; required
 * @param groups names of segments to add the contact to
 * @param subscriptions subscription category keys to add
 * @param formType the subscription form's name
 */
public record SubscribeContact(Contact contact, List<String> groups, List<String> subscriptions, String formType) {

  /** Checks the contact and copies the lists. */
  public SubscribeContact {
    Objects.requireNonNull(contact, "contact == null");
    groups = Copies.listOrNull(groups);
    subscriptions = Copies.listOrNull(subscriptions);
  }

  /** A sign-up of {@code contact} with no segments, categories or form name. */
  public static SubscribeContact of(Contact contact) {
    return new SubscribeContact(contact, null, null, null);
  }
}
