package dev.pacer.koreccai.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** List copying for the models. Internal: no compatibility promise. */
public final class Lists {
  private Lists() {}

  /** An unmodifiable copy of {@code list} (null stays null; null elements from JSON are kept). */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
