package dev.pacer.esputnik;

import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorCalls;
import java.util.List;
import java.util.Objects;
import retrofit2.Call;
import retrofit2.Response;

/**
 * eSputnik's two paging schemes as lazy iterables; a page is requested only when iteration
 * reaches it, and each page is paced like any other call.
 *
 * <ul>
 *   <li>v1 lists ({@code GET /api/v1/contacts}, message searches): {@code startindex} counting
 *       from 1 and {@code maxrows} up to 500, with the total in the {@code TotalCount} header;
 *   <li>v2 lists ({@code GET /api/v2/contacts/messages}): {@code offset} from 0 and {@code
 *       maxrows}.
 * </ul>
 *
 * Iteration ends after a short page, or when the {@code TotalCount} total is reached. A failed
 * page ends it with an {@link java.io.UncheckedIOException} whose cause is the {@link
 * dev.pacer.vendor.support.ApiException} or other {@link java.io.IOException}.
 */
public final class EsputnikPaging {
  private EsputnikPaging() {}

  /**
   * Makes the call for one page.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface PageCall<T> {
    /** The call for {@code maxRows} rows starting at {@code position} (a start index or an offset). */
    Call<List<T>> call(int position, int maxRows);
  }

  private record Page<T>(List<T> items, Long total) {}

  /** Every item of a {@code startindex}/{@code maxrows} list, {@code maxRows} a page. */
  public static <T> Iterable<T> byStartIndex(int maxRows, PageCall<T> page, ErrorBodyParser<?> errors) {
    check(maxRows, page, errors);
    return Paging.<Integer, Page<T>, T>lazily(1,
        start -> fetch(page.call(start, maxRows), errors),
        Page::items,
        (start, p) -> {
          int next = start + p.items().size();
          if (p.items().size() < maxRows) return null;
          if (p.total() != null && next > p.total()) return null;
          return next;
        });
  }

  /** Every item of an {@code offset}/{@code maxrows} list, {@code maxRows} a page. */
  public static <T> Iterable<T> byOffset(int maxRows, PageCall<T> page, ErrorBodyParser<?> errors) {
    check(maxRows, page, errors);
    return Paging.<Integer, Page<T>, T>lazily(0,
        offset -> fetch(page.call(offset, maxRows), errors),
        Page::items,
        (offset, p) -> {
          int next = offset + p.items().size();
          if (p.items().size() < maxRows) return null;
          if (p.total() != null && next >= p.total()) return null;
          return next;
        });
  }

  private static void check(int maxRows, PageCall<?> page, ErrorBodyParser<?> errors) {
    if (maxRows < 1) throw new IllegalArgumentException("maxRows < 1: " + maxRows);
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(errors, "errors == null");
  }

  private static <T> Page<T> fetch(Call<List<T>> call, ErrorBodyParser<?> errors) throws java.io.IOException {
    Response<List<T>> response = call.execute();
    List<T> items = VendorCalls.bodyOrThrow(response, errors);
    return new Page<>(items == null ? List.of() : items, totalCount(response));
  }

  /** The {@code TotalCount} header of a list response, or null when absent or unreadable. */
  public static Long totalCount(Response<?> response) {
    String v = response.headers().get("TotalCount");
    if (v == null) return null;
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
