package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /contacts/search} and {@code POST /conversations/search}: a query,
 * optional paging ({@code per_page} at most 150, a {@code starting_after} cursor) and, for
 * contacts, a sort. Immutable.
 *
 * <pre>{@code
 * SearchRequest.of(SearchQuery.field("email", SearchOperator.ENDS_WITH, "@example.com"))
 *     .withPage(50, null);
 * }</pre>
 *
 * @param query the query
 * @param pagination the requested paging, or null for the default
 * @param sort the requested order, or null for the default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchRequest(SearchQuery query, Pagination pagination, Sort sort) {
  public SearchRequest {
    Objects.requireNonNull(query, "query == null");
  }

  /** A search for {@code query} with Intercom's default page size and order. */
  public static SearchRequest of(SearchQuery query) {
    return new SearchRequest(query, null, null);
  }

  /**
   * A copy asking for pages of {@code perPage} (1 to 150) starting after the cursor {@code
   * startingAfter} (null for the first page).
   */
  public SearchRequest withPage(int perPage, String startingAfter) {
    if (perPage < 1 || perPage > 150) throw new IllegalArgumentException("perPage not in [1, 150]: " + perPage);
    return new SearchRequest(query, new Pagination(perPage, startingAfter), sort);
  }

  /** A copy sorted by {@code field}, {@code ascending} or descending (contacts only). */
  public SearchRequest withSort(String field, boolean ascending) {
    Objects.requireNonNull(field, "field == null");
    return new SearchRequest(query, pagination, new Sort(field, ascending ? "ascending" : "descending"));
  }

  @Override
  public String toString() {
    return "SearchRequest{query=" + query + ", pagination=" + pagination + ", sort=" + sort + "}";
  }

  /**
   * The {@code pagination} of a search.
   *
   * @param perPage the page size, 1 to 150
   * @param startingAfter the cursor from the previous page's {@code pages.next}, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Pagination(Integer perPage, String startingAfter) {}

  /**
   * The {@code sort} of a contact search.
   *
   * @param field the field to sort by
   * @param order {@code ascending} or {@code descending}
   */
  public record Sort(String field, String order) {}
}
