package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@code query} of a contact or conversation search: a single filter, or filters combined
 * with AND / OR (nested up to the depth Intercom allows).
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.and(
 *     SearchQuery.field("role", SearchOperator.EQUALS, "user"),
 *     SearchQuery.field("created_at", SearchOperator.GREATER_THAN, 1700000000));
 * }</pre>
 */
public sealed interface SearchQuery permits SearchQuery.Filter, SearchQuery.Group {

  /** One filter: {@code field operator value}. {@code value} may be a string, number, boolean or list. */
  static SearchQuery field(String field, SearchOperator operator, Object value) {
    return new Filter(field, operator, value);
  }

  /** All of {@code queries} must match. */
  static SearchQuery and(SearchQuery... queries) {
    return new Group("AND", Arrays.asList(queries));
  }

  /** At least one of {@code queries} must match. */
  static SearchQuery or(SearchQuery... queries) {
    return new Group("OR", Arrays.asList(queries));
  }

  /**
   * A single filter, sent as {@code {"field": ..., "operator": ..., "value": ...}}.
   *
   * @param field the field, e.g. {@code email} or {@code custom_attributes.plan}
   * @param operator the comparison
   * @param value what to compare with; null matches a missing value
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Filter(
      String field,
      SearchOperator operator,
      Object value) implements SearchQuery {
    public Filter {
      Objects.requireNonNull(field, "field == null");
      Objects.requireNonNull(operator, "operator == null");
    }
  }

  /**
   * Filters combined, sent as {@code {"operator": "AND", "value": [...]}}.
   *
   * @param operator {@code AND} or {@code OR}
   * @param value the combined queries
   */
  record Group(String operator, List<SearchQuery> value)
      implements SearchQuery {
    public Group {
      Objects.requireNonNull(operator, "operator == null");
      if (!operator.equals("AND") && !operator.equals("OR")) {
        throw new IllegalArgumentException("operator must be AND or OR: " + operator);
      }
      Objects.requireNonNull(value, "value == null");
      if (value.isEmpty()) throw new IllegalArgumentException("a " + operator + " group needs at least one query");
      for (SearchQuery q : value) Objects.requireNonNull(q, "query == null");
      value = List.copyOf(value);
    }
  }
}
