package dev.pacer.contextio.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Collects form fields for Context.IO's form-encoded bodies. Internal: no compatibility promise. */
public final class Form {
  private final Map<String, String> fields = new LinkedHashMap<>();

  /** Sets {@code name} to {@code value}; null removes it. */
  public Form put(String name, String value) {
    if (value == null) {
      fields.remove(name);
    } else {
      fields.put(name, value);
    }
    return this;
  }

  /** Sets {@code name} to {@code 1} or {@code 0}; null removes it. */
  public Form put(String name, Boolean value) {
    return put(name, value == null ? null : (value ? "1" : "0"));
  }

  /** Sets {@code name} to the decimal {@code value}; null removes it. */
  public Form put(String name, Integer value) {
    return put(name, value == null ? null : value.toString());
  }

  /** Like {@link #put(String, String)}, but the value may not be null or blank. */
  public Form require(String name, String value) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) throw new IllegalArgumentException(name + " is blank");
    return put(name, value);
  }

  /** An unmodifiable copy of the fields, in the order first set. */
  public Map<String, String> toMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }
}
