package dev.pacer.contextio.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Null-tolerant immutable copies for model records. Internal: no compatibility promise. */
public final class Lists {
  private Lists() {}

  /** An unmodifiable copy of {@code list} (which may hold nulls), or null for null. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy of {@code map} keeping its order, or null for null. */
  public static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
