package dev.pacer.koreccai.model;

/**
 * The body of "Update Contact List": a new name (at most 48 characters) and description (at
 * most 256); null leaves one out.
 *
 * @param name the new name, or null
 * @param description the new description, or null
 */
public record ContactListUpdate(String name, String description) {
  /** Checks the lengths Kore documents. */
  public ContactListUpdate {
    if (name != null && name.length() > 48) {
      throw new IllegalArgumentException("name longer than 48 characters: " + name.length());
    }
    if (description != null && description.length() > 256) {
      throw new IllegalArgumentException("description longer than 256 characters: " + description.length());
    }
  }
}
