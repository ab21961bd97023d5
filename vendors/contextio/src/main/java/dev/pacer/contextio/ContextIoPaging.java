package dev.pacer.contextio;

import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.Paging;
import java.io.IOException;
import java.util.List;

/**
 * Context.IO's list paging ({@code limit} up to 100, {@code offset} from 0, a bare JSON array
 * per page) as a lazy iterable: a page is requested only when iteration reaches it, and each page
 * is paced like any other call (a message page is an IMAP call). Iteration ends after a short
 * page. A failed page ends it with an {@link java.io.UncheckedIOException} whose cause is the
 * {@link dev.pacer.vendor.support.ApiException} or other {@link IOException}.
 *
 * <pre>{@code
 * Iterable<User> okUsers = ContextIoPaging.byOffset(100,
 *     (offset, limit) -> client.users().list(null, "OK", null, limit, offset), ContextIoError.PARSER);
 * }</pre>
 */
public final class ContextIoPaging {
  /** The largest {@code limit} Context.IO accepts. */
  public static final int MAX_LIMIT = 100;

  private ContextIoPaging() {}

  /** Every item of an {@code offset}/{@code limit} list, {@code pageSize} (1 to 100) a page. */
  public static <T> Iterable<T> byOffset(int pageSize, Paging.OffsetCall<List<T>> page, ErrorBodyParser<?> errors) {
    check(0, pageSize, MAX_LIMIT);
    return Paging.byOffset(0, pageSize, page, errors);
  }

  static void check(int offset, int limit, int max) {
    if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
    if (limit < 1 || limit > max) throw new IllegalArgumentException("limit not in 1.." + max + ": " + limit);
  }
}
