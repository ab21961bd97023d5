package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code pages} object of a list response: where this page sits and, for cursor-paged lists
 * ({@code /contacts}, {@code /conversations}, searches), the cursor of the next page.
 *
 * @param type the object type, {@code pages}
 * @param page this page's number, 1-based
 * @param perPage the page size
 * @param totalPages how many pages there are
 * @param next how to fetch the next page; null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pages(
    @JsonProperty("type") String type,
    @JsonProperty("page") Integer page,
    @JsonProperty("per_page") Integer perPage,
    @JsonProperty("total_pages") Integer totalPages,
    @JsonProperty("next") NextPage next) {

  /** The {@code starting_after} cursor of the next page, or null when this is the last page. */
  public String nextStartingAfter() {
    if (next == null) return null;
    String cursor = next.startingAfter();
    return cursor == null || cursor.isEmpty() ? null : cursor;
  }
}
