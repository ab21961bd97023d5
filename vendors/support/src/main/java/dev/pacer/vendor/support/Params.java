package dev.pacer.vendor.support;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the string parameters of a query string or a form-encoded body from typed values, in
 * a stable order, leaving out absent ones. Vendor filters and form builders hold one and hand
 * {@link #toMap()} to Retrofit's {@code @QueryMap} or {@code @FieldMap}. Not thread-safe; {@link
 * #toMap()} and {@link #copy()} copy.
 */
public final class Params {
  private final Map<String, String> values = new LinkedHashMap<>();

  /** An empty set of parameters. */
  public Params() {}

  /**
   * Parameters whose order is fixed up front: {@code names} come out in this order whatever order
   * they are set in (names not listed come after them, in the order first set).
   */
  public static Params ordered(String... names) {
    Params p = new Params();
    for (String name : names) p.values.put(Objects.requireNonNull(name, "name == null"), null);
    return p;
  }

  /** Sets {@code name} to {@code value} as text; null unsets it. */
  public Params put(String name, Object value) {
    Objects.requireNonNull(name, "name == null");
    if (value == null && !values.containsKey(name)) return this;
    values.put(name, value == null ? null : String.valueOf(value));
    return this;
  }

  /** Sets {@code name} to {@code 1} or {@code 0}; null unsets it. */
  public Params putBit(String name, Boolean value) {
    return put(name, value == null ? null : (value ? "1" : "0"));
  }

  /** Sets {@code name} to {@code instant} as Unix seconds; null unsets it. */
  public Params putEpochSeconds(String name, Instant instant) {
    return put(name, instant == null ? null : instant.getEpochSecond());
  }

  /** Like {@link #put}, but {@code value} may be neither null nor blank. */
  public Params require(String name, String value) {
    Objects.requireNonNull(value, () -> name + " == null");
    if (value.isBlank()) throw new IllegalArgumentException(name + " is blank");
    return put(name, value);
  }

  /** The value of {@code name} as sent, or null when unset. */
  public String get(String name) {
    return values.get(name);
  }

  /** An independent copy. */
  public Params copy() {
    Params c = new Params();
    c.values.putAll(values);
    return c;
  }

  /** An unmodifiable copy of the parameters that are set, in their order. */
  public Map<String, String> toMap() {
    Map<String, String> set = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v != null) set.put(k, v);
    });
    return Collections.unmodifiableMap(set);
  }

  /** The parameters that are set, for logs; a holder of secrets overrides what it prints. */
  @Override
  public String toString() {
    return toMap().toString();
  }
}
