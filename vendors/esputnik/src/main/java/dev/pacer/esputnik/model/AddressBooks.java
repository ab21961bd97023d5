package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The organisation's catalogs ({@code GET /api/v1/addressbooks}). eSputnik sends a single
 * catalog, field group or field as a bare object instead of a one-element array; the client reads
 * both as lists.
 *
 * @param addressBook the catalogs
 */
public record AddressBooks(List<AddressBook> addressBook) {
  /** Copies the list. */
  public AddressBooks {
    addressBook = Copies.listOrNull(addressBook);
  }

  /**
   * A catalog: the additional contact fields the organisation has, in groups.
   *
   * @param addressBookId the catalog ID (a contact's {@code addressBookId})
   * @param name the catalog's name
   * @param fieldGroups its groups of additional fields
   */
  public record AddressBook(Integer addressBookId, String name, List<FieldGroup> fieldGroups) {
    /** Copies the list. */
    public AddressBook {
      fieldGroups = Copies.listOrNull(fieldGroups);
    }
  }

  /**
   * A group of additional fields.
   *
   * @param name the group's name
   * @param profileKey the group's key
   * @param fields its fields
   */
  public record FieldGroup(String name, String profileKey, List<FieldInfo> fields) {
    /** Copies the list. */
    public FieldGroup {
      fields = Copies.listOrNull(fields);
    }
  }

  /**
   * An additional field; its {@code id} is what {@link ContactField#id()} refers to.
   *
   * @param id the field ID
   * @param name the field's name
   * @param fieldKey the field's key
   * @param description the field's type and allowed values
   */
  public record FieldInfo(Long id, String name, String fieldKey, FieldDescription description) {}

  /**
   * What values a field takes.
   *
   * @param type {@code TEXTFIELD}, {@code COMBOBOX}, {@code CHECKBOXLIST}, {@code TEXTAREA}, {@code
   *     DATE}, {@code NUMBER}, {@code DATETIME}, {@code DECIMAL} or {@code TAGS} (kept as text, so a
   *     new type reads too)
   * @param allowedValues the allowed values or range, or null
   * @param required whether a value is required
   * @param readonly whether the field is read-only
   */
  public record FieldDescription(String type, AllowedValues allowedValues, Boolean required, Boolean readonly) {}

  /**
   * A field's allowed values: a list of choices or a numeric range.
   *
   * @param possibleValues the choices, for lists and combo boxes
   * @param minValue the least value, for numbers
   * @param maxValue the greatest value, for numbers
   */
  public record AllowedValues(List<String> possibleValues, Integer minValue, Integer maxValue) {
    /** Copies the list. */
    public AllowedValues {
      possibleValues = Copies.listOrNull(possibleValues);
    }
  }
}
