package dev.pacer.intercom.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant read-only views and copies for the models. Internal; not part of the API. */
public final class Collections2 {
  private Collections2() {}

  /** A read-only view of {@code list}, or an empty list for null. */
  public static <T> List<T> view(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /** A read-only view of {@code map}, or an empty map for null. */
  public static <K, V> Map<K, V> view(Map<K, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(map);
  }

  /** A read-only copy of {@code list} (null elements allowed), or an empty list for null. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** A read-only copy of {@code list}, or null for null: for request fields that may be left out. */
  public static <T> List<T> copyOrNull(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** A read-only, order-keeping copy of {@code map} (null values allowed), or null for null. */
  public static <K, V> Map<K, V> copyOrNull(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
