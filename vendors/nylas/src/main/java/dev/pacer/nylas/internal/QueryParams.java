package dev.pacer.nylas.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds an ordered query-parameter map, skipping absent values. Not part of the API. */
public final class QueryParams {
  private final Map<String, String> map = new LinkedHashMap<>();

  /** Adds {@code name=value} unless {@code value} is null. */
  public QueryParams add(String name, Object value) {
    if (value != null) map.put(name, String.valueOf(value));
    return this;
  }

  /** Adds {@code name=<Unix seconds>} unless {@code value} is null. */
  public QueryParams addEpochSeconds(String name, Instant value) {
    if (value != null) map.put(name, Long.toString(value.getEpochSecond()));
    return this;
  }

  /** An unmodifiable copy of the parameters, in insertion order. */
  public Map<String, String> build() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Validates a page size. */
  public static Integer checkLimit(int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    return limit;
  }

  /** Validates a page offset. */
  public static Integer checkOffset(int offset) {
    if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
    return offset;
  }
}
