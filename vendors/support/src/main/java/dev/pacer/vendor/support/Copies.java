package dev.pacer.vendor.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Null-tolerant unmodifiable copies for the vendor modules' records. Unlike {@link List#copyOf},
 * these keep null elements and null map values, which JSON may carry and a request may need
 * (a null custom attribute clears it on the server). Copies keep the order of their source.
 */
public final class Copies {
  private Copies() {}

  /** An unmodifiable copy of {@code list}, or null for null: a field the wire left out stays absent. */
  public static <T> List<T> listOrNull(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy of {@code list}, or an empty list for null. */
  public static <T> List<T> listOrEmpty(List<T> list) {
    return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable, order-keeping copy of {@code map}, or null for null. */
  public static <K, V> Map<K, V> mapOrNull(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** An unmodifiable, order-keeping copy of {@code map}, or an empty map for null. */
  public static <K, V> Map<K, V> mapOrEmpty(Map<K, V> map) {
    return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
