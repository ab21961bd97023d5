package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adds or updates up to 3000 contacts in one asynchronous import; poll its {@code
 * asyncSessionId} with the import-status method.
 *
 * @param contacts the contacts, at most 3000; required
 * @param dedupeOn what identifies a contact: {@code email}, {@code sms}, {@code push}, {@code email_or_sms},
 *     {@code id}, {@code externalCustomerId} or {@code fieldId}; required
 * @param fieldId the additional field identifying a contact, when {@code dedupeOn} is {@code fieldId}
 * @param contactFields the contact fields to update (e.g. {@code firstName}, {@code email}); all when null
 * @param customFieldsIDs the additional field IDs to update
 * @param groupNames segments to add the contacts to
 * @param groupNamesExclude segments to remove the contacts from
 * @param restoreDeleted whether previously deleted contacts are restored
 * @param eventKeyForNewContacts an event type generated for each new contact
 */
public record ContactsBulkUpdate(List<Contact> contacts, String dedupeOn, Long fieldId, List<String> contactFields,
    List<Integer> customFieldsIDs, List<String> groupNames, List<String> groupNamesExclude, Boolean restoreDeleted,
    String eventKeyForNewContacts) {

  /** The most contacts one request may carry. */
  public static final int MAX_CONTACTS = 3000;

  /** Checks the required parts and copies the lists. */
  public ContactsBulkUpdate {
    Objects.requireNonNull(contacts, "contacts == null");
    Objects.requireNonNull(dedupeOn, "dedupeOn == null");
    if (contacts.size() > MAX_CONTACTS) {
      throw new IllegalArgumentException("contacts.size() > " + MAX_CONTACTS + ": " + contacts.size());
    }
    contacts = Copies.listOrNull(contacts);
    contactFields = Copies.listOrNull(contactFields);
    customFieldsIDs = Copies.listOrNull(customFieldsIDs);
    groupNames = Copies.listOrNull(groupNames);
    groupNamesExclude = Copies.listOrNull(groupNamesExclude);
  }

  /** A builder for {@code contacts} deduplicated on {@code dedupeOn}. */
  public static Builder builder(List<Contact> contacts, String dedupeOn) {
    return new Builder(contacts, dedupeOn);
  }

  /** Builds a {@link ContactsBulkUpdate}. Not thread-safe. */
  public static final class Builder {
    private final List<Contact> contacts;
    private final String dedupeOn;
    private Long fieldId;
    private final List<String> contactFields = new ArrayList<>();
    private final List<Integer> customFieldsIDs = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();
    private final List<String> groupNamesExclude = new ArrayList<>();
    private Boolean restoreDeleted;
    private String eventKeyForNewContacts;

    private Builder(List<Contact> contacts, String dedupeOn) {
      this.contacts = Objects.requireNonNull(contacts, "contacts == null");
      this.dedupeOn = Objects.requireNonNull(dedupeOn, "dedupeOn == null");
    }

    /** The additional field identifying a contact (with {@code dedupeOn = "fieldId"}). */
    public Builder fieldId(long fieldId) { this.fieldId = fieldId; return this; }

    /** Updates only these contact fields. */
    public Builder contactFields(String... names) {
      contactFields.addAll(List.of(names));
      return this;
    }

    /** Updates these additional fields. */
    public Builder customFieldsIDs(Integer... ids) {
      customFieldsIDs.addAll(List.of(ids));
      return this;
    }

    /** Adds the contacts to these segments. */
    public Builder groupNames(String... names) {
      groupNames.addAll(List.of(names));
      return this;
    }

    /** Removes the contacts from these segments. */
    public Builder groupNamesExclude(String... names) {
      groupNamesExclude.addAll(List.of(names));
      return this;
    }

    /** Whether deleted contacts are restored. */
    public Builder restoreDeleted(boolean restoreDeleted) { this.restoreDeleted = restoreDeleted; return this; }

    /** An event type generated for each new contact. */
    public Builder eventKeyForNewContacts(String key) { this.eventKeyForNewContacts = key; return this; }

    /** The request. */
    public ContactsBulkUpdate build() {
      return new ContactsBulkUpdate(contacts, dedupeOn, fieldId, empty(contactFields), empty(customFieldsIDs),
          empty(groupNames), empty(groupNamesExclude), restoreDeleted, eventKeyForNewContacts);
    }

    private static <T> List<T> empty(List<T> list) {
      return list.isEmpty() ? null : list;
    }
  }
}
