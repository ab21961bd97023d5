package dev.pacer.nylas.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers for the immutable models. Not part of the API. */
public final class Values {
  private Values() {}

  /** An unmodifiable copy of {@code list}, empty for null; null elements are kept as the server sent them. */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) return List.of();
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy of {@code list}, or null for null: for request bodies, where absent means "leave as is". */
  public static <T> List<T> listOrNull(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
