package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One page of a CCAI configuration list: {@code {results, page, limit, hasMore, totalPages,
 * totalResults}} (agent groups send {@code skip} instead of {@code page}; conversations send only
 * {@code results}). Every field but {@code results} may be null when the endpoint leaves it out.
 *
 * @param results the items of this page
 * @param page the 1-based page number
 * @param skip how many items precede this page (agent groups)
 * @param limit the page size asked for
 * @param hasMore true when another page follows
 * @param totalPages how many pages there are
 * @param totalResults how many items there are
 * @param <T> the item type
 */
public record ResultPage<T>(List<T> results, Integer page, Integer skip, Integer limit, Boolean hasMore,
    Integer totalPages, Integer totalResults) {

  /** Copies the list, so a page is immutable; a missing list reads as empty. */
  public ResultPage {
    results = Copies.listOrEmpty(results);
  }
}
