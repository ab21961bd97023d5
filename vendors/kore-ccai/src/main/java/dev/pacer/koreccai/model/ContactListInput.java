package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Create Contact List": a list filled through the API ({@code source} {@code
 * passiveApi}, the only value Kore's page allows).
 *
 * @param name the name, at most 48 characters
 * @param description the description, at most 256 characters
 * @param source where the contacts come from; {@link #PASSIVE_API}
 * @param allowDuplicates whether the list may hold a number twice; null for Kore's false
 */
public record ContactListInput(String name, String description, String source, Boolean allowDuplicates) {
  /** The source of lists filled through the API. */
  public static final String PASSIVE_API = "passiveApi";

  /** Checks what Kore documents. */
  public ContactListInput {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(source, "source == null");
    if (name.length() > 48) throw new IllegalArgumentException("name longer than 48 characters: " + name.length());
    if (description.length() > 256) {
      throw new IllegalArgumentException("description longer than 256 characters: " + description.length());
    }
  }

  /** A list filled through the API. */
  public static ContactListInput of(String name, String description, Boolean allowDuplicates) {
    return new ContactListInput(name, description, PASSIVE_API, allowDuplicates);
  }
}
