package dev.pacer.esputnik;

import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.Page;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorCalls;
import java.util.List;
import java.util.Objects;
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

  /** Every item of a {@code startindex}/{@code maxrows} list, {@code maxRows} a page. */
  public static <T> Iterable<T> byStartIndex(int maxRows, Paging.OffsetCall<List<T>> page, ErrorBodyParser<?> errors) {
    return byPosition(1, maxRows, page, errors);
  }

  /** Every item of an {@code offset}/{@code maxrows} list, {@code maxRows} a page. */
  public static <T> Iterable<T> byOffset(int maxRows, Paging.OffsetCall<List<T>> page, ErrorBodyParser<?> errors) {
    return byPosition(0, maxRows, page, errors);
  }

  private static <T> Iterable<T> byPosition(int first, int maxRows, Paging.OffsetCall<List<T>> page,
      ErrorBodyParser<?> errors) {
    if (maxRows < 1) throw new IllegalArgumentException("maxRows < 1: " + maxRows);
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(errors, "errors == null");
    return Paging.byOffset(first, maxRows, position -> {
      Response<List<T>> response = page.call(position, maxRows).execute();
      return new Page<>(VendorCalls.bodyOrThrow(response, errors), null, totalCount(response));
    });
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
