package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of "Add Contacts to a Contact List": the list's name and one object per contact.
 * Kore documents only {@code phoneNumber} in a contact; other columns of the list's mapping
 * (names, time zone, ...) may be added to the maps, unverified.
 *
 * @param contactListName the name of the list ({@code contact_list_name})
 * @param data the contacts, each with at least {@code phoneNumber}
 */
public record ContactListAddition(@JsonProperty("contact_list_name") String contactListName,
    List<Map<String, String>> data) {
  /** Requires both, copies the contacts, and requires each to have a phone number. */
  public ContactListAddition {
    Objects.requireNonNull(contactListName, "contactListName == null");
    data = data.stream().map(Map::copyOf).toList();
    for (Map<String, String> contact : data) {
      if (!contact.containsKey("phoneNumber")) throw new IllegalArgumentException("a contact has no phoneNumber");
    }
  }

  /** An addition of contacts known only by {@code phoneNumbers}. */
  public static ContactListAddition ofPhoneNumbers(String contactListName, List<String> phoneNumbers) {
    return new ContactListAddition(contactListName,
        phoneNumbers.stream().map(n -> Map.of("phoneNumber", n)).toList());
  }
}
