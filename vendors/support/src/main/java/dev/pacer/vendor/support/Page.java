package dev.pacer.vendor.support;

import java.util.List;

/**
 * One page of a vendor's list, in the form {@link Paging} walks: its items, the cursor of the
 * next page when the vendor pages by cursor, and the total when the vendor says it. Vendor
 * modules turn their wire shapes (a bare JSON array, an envelope with {@code data} and {@code
 * pages}) into this. Immutable.
 *
 * @param items the items of this page, in order; never null (null reads as none)
 * @param nextCursor the cursor of the next page, or null when this is the last page or the list
 *     is paged by offset
 * @param total how many items the whole list holds, or null when the vendor does not say
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextCursor, Long total) {
  public Page {
    items = Copies.listOrEmpty(items);
  }

  /** A page of {@code items} with no cursor and no total: the shape of a bare JSON array. */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null, null);
  }
}
