package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/emails/unsubscribed/add} and {@code .../delete}: email
 * addresses to put on or take off the organisation's list of unsubscribed contacts.
 *
 * @param emails the addresses; required, not empty
 */
public record UnsubscribedEmails(List<String> emails) {
  /** Checks and copies the addresses. */
  public UnsubscribedEmails {
    Objects.requireNonNull(emails, "emails == null");
    if (emails.isEmpty()) throw new IllegalArgumentException("emails is empty");
    emails = Copies.listOrNull(emails);
  }

  /** These addresses. */
  public static UnsubscribedEmails of(String... emails) {
    return new UnsubscribedEmails(List.of(emails));
  }
}
