package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One page of the agent-status reports: {@code {hasMore, limit, offset, data}}.
 *
 * @param hasMore true when more rows follow
 * @param limit the page size
 * @param offset the rows skipped before this page
 * @param data the rows of this page
 * @param <T> the row type
 */
public record OffsetPage<T>(Boolean hasMore, Integer limit, Integer offset, List<T> data) {
  /** Copies the list; a missing list reads as empty. */
  public OffsetPage {
    data = Copies.listOrEmpty(data);
  }
}
