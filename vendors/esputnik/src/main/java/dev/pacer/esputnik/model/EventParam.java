package dev.pacer.esputnik.model;

/**
 * A v1 event parameter: a name and a text value.
 *
 * @param name the parameter name, e.g. {@code email}
 * @param value the value, as text (nested JSON must be escaped into it in v1)
 */
public record EventParam(String name, String value) {

  /** A parameter. */
  public static EventParam of(String name, String value) {
    return new EventParam(name, value);
  }
}
