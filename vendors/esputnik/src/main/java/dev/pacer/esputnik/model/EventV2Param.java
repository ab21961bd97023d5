package dev.pacer.esputnik.model;

/**
 * A v2 event parameter: a name and a value that is text or any JSON value ({@code Map}, {@code
 * List}, number, boolean), sent without escaping.
 *
 * @param name the parameter name, e.g. {@code externalCustomerId}
 * @param value the value: a {@code String}, or anything Jackson writes as JSON
 */
public record EventV2Param(String name, Object value) {

  /** A parameter. */
  public static EventV2Param of(String name, Object value) {
    return new EventV2Param(name, value);
  }
}
