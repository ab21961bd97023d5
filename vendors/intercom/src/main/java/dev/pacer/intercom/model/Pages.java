package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Pages(String type, Integer page, Integer perPage, Integer totalPages, NextPage next) {

  /** The {@code starting_after} cursor of the next page, or null when this is the last page. */
  public String nextStartingAfter() {
    if (next == null) return null;
    String cursor = next.startingAfter();
    return cursor == null || cursor.isEmpty() ? null : cursor;
  }
}
