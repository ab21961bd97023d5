package dev.pacer.esputnik;

/**
 * The filters of a contact search ({@code GET /api/v1/contacts}); null filters are not sent.
 * Immutable.
 *
 * <pre>{@code
 * client.contacts().search(ContactSearch.byEmail("ann@example.com"), 1, 500);
 * client.searchAllContacts(ContactSearch.all().sortedByContactId());   // lazily, 500 a page
 * }</pre>
 *
 * @param externalCustomerId the contact's ID in your system
 * @param email an email address
 * @param sms a phone number
 * @param firstName a first name
 * @param lastName a last name
 * @param sortBy {@code contactId} to sort an unfiltered search by contact ID (faster dumps); null
 *     sorts by update time
 */
public record ContactSearch(String externalCustomerId, String email, String sms, String firstName, String lastName,
    String sortBy) {

  private static final ContactSearch ALL = new ContactSearch(null, null, null, null, null, null);

  /** No filter: every contact. */
  public static ContactSearch all() {
    return ALL;
  }

  /** Contacts with this email address. */
  public static ContactSearch byEmail(String email) {
    return new ContactSearch(null, java.util.Objects.requireNonNull(email, "email == null"), null, null, null, null);
  }

  /** Contacts with this phone number. */
  public static ContactSearch byPhone(String phone) {
    return new ContactSearch(null, null, java.util.Objects.requireNonNull(phone, "phone == null"), null, null, null);
  }

  /** The contact with this ID in your system. */
  public static ContactSearch byExternalCustomerId(String id) {
    return new ContactSearch(java.util.Objects.requireNonNull(id, "id == null"), null, null, null, null, null);
  }

  /** Contacts with this first and last name (either may be null). */
  public static ContactSearch byName(String firstName, String lastName) {
    return new ContactSearch(null, null, null, firstName, lastName, null);
  }

  /** This search sorted by contact ID, which eSputnik allows only without filters. */
  public ContactSearch sortedByContactId() {
    if (externalCustomerId != null || email != null || sms != null || firstName != null || lastName != null) {
      throw new IllegalStateException("sortBy=contactId applies only to searches without filters: " + this);
    }
    return new ContactSearch(null, null, null, null, null, "contactId");
  }
}
