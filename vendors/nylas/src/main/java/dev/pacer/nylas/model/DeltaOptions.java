package dev.pacer.nylas.model;

import dev.pacer.vendor.support.Params;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Optional query parameters of {@code GET /delta}, {@code /delta/longpoll} and
 * {@code /delta/streaming}: the expanded view, and which object types to include or exclude (one
 * or the other, not both). Immutable and thread-safe.
 *
 * <pre>{@code
 * DeltaOptions.builder().expanded().includeTypes(DeltaObjectType.MESSAGE, DeltaObjectType.THREAD).build();
 * }</pre>
 *
 * @param expanded true for {@code view=expanded} (threads carry their messages, messages their headers)
 * @param includeTypes only these types are reported; empty for all
 * @param excludedTypes these types are not reported; empty for none
 */
public record DeltaOptions(boolean expanded, Set<DeltaObjectType> includeTypes, Set<DeltaObjectType> excludedTypes) {
  private static final DeltaOptions NONE = builder().build();

  /**
   * Checks and copies the type sets.
   *
   * @throws IllegalArgumentException when both included and excluded types are set
   */
  public DeltaOptions {
    includeTypes = includeTypes == null ? Set.of() : Set.copyOf(includeTypes);
    excludedTypes = excludedTypes == null ? Set.of() : Set.copyOf(excludedTypes);
    if (!includeTypes.isEmpty() && !excludedTypes.isEmpty()) {
      throw new IllegalArgumentException("include_types and excluded_types are exclusive: include "
          + includeTypes + ", exclude " + excludedTypes);
    }
  }

  /** No options: the default view and every object type. */
  public static DeltaOptions none() {
    return NONE;
  }

  /** A new builder with no options set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters, without the cursor. */
  public Map<String, String> query() {
    return new Params()
        .put("view", expanded ? "expanded" : null)
        .put("include_types", join(includeTypes))
        .put("excluded_types", join(excludedTypes))
        .toMap();
  }

  private static String join(Set<DeltaObjectType> types) {
    if (types.isEmpty()) return null;
    // Declaration order, so the same options always give the same URL.
    return EnumSet.copyOf(types).stream().map(DeltaObjectType::wireName).collect(Collectors.joining(","));
  }

  @Override
  public String toString() {
    return "DeltaOptions" + query();
  }

  /** Builds {@link DeltaOptions}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private boolean expanded;
    private final Set<DeltaObjectType> includeTypes = EnumSet.noneOf(DeltaObjectType.class);
    private final Set<DeltaObjectType> excludedTypes = EnumSet.noneOf(DeltaObjectType.class);

    private Builder() {}

    /** Asks for {@code view=expanded}. */
    public Builder expanded() {
      this.expanded = true;
      return this;
    }

    /** Reports only these object types. */
    public Builder includeTypes(DeltaObjectType... types) {
      for (DeltaObjectType t : types) includeTypes.add(Objects.requireNonNull(t, "type == null"));
      return this;
    }

    /** Reports every object type but these. */
    public Builder excludedTypes(DeltaObjectType... types) {
      for (DeltaObjectType t : types) excludedTypes.add(Objects.requireNonNull(t, "type == null"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @throws IllegalArgumentException when both included and excluded types are set
     */
    public DeltaOptions build() {
      return new DeltaOptions(expanded, includeTypes, excludedTypes);
    }
  }
}
