package dev.pacer.vendor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import retrofit2.Call;

/**
 * Lazy pagination over any paging scheme: a cursor (an offset, a start index, a token) fetches a
 * page, the page yields its items and the next cursor, and a page is fetched only when iteration
 * reaches it. Each {@code iterator()} starts again from the first cursor.
 *
 * <pre>{@code
 * // eSputnik: startindex counts from 1, at most 500 rows a page
 * Iterable<Contact> all = Paging.lazily(1,
 *     start -> client.execute(client.contacts().search(ContactSearch.all(), start, 500)),
 *     page -> page,
 *     (start, page) -> page.size() < 500 ? null : start + page.size());
 * }</pre>
 *
 * <p>The two common schemes have their own forms, which every vendor module uses: {@link
 * #byOffset} for an offset (or start index) and a page size, ending after a short page or at the
 * total, and {@link #byCursor} for a cursor the previous page names. Both read each page as a
 * {@link Page}.
 *
 * <p>A failed fetch ends iteration with an {@link UncheckedIOException} whose cause is the
 * {@link IOException} (an {@link ApiException}, say); items already returned stay valid.
 */
public final class Paging {
  private Paging() {}

  /**
   * Fetches one page for a cursor.
   *
   * @param <C> the cursor type
   * @param <P> the page type
   */
  @FunctionalInterface
  public interface PageFetcher<C, P> {
    /** The page at {@code cursor}. */
    P fetch(C cursor) throws IOException;
  }

  /**
   * The items of every page, fetched lazily.
   *
   * @param first the first page's cursor
   * @param fetcher fetches the page at a cursor
   * @param items the items of a page, in order (null reads as none)
   * @param next the cursor after a page given its own cursor, or null when it was the last page
   */
  public static <C, P, T> Iterable<T> lazily(C first, PageFetcher<? super C, ? extends P> fetcher,
      Function<? super P, ? extends Collection<? extends T>> items,
      BiFunction<? super C, ? super P, ? extends C> next) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(fetcher, "fetcher == null");
    Objects.requireNonNull(items, "items == null");
    Objects.requireNonNull(next, "next == null");
    return () -> new ItemIterator<>(new PageIterator<C, P>(first, fetcher, next), items);
  }

  /** The pages themselves, fetched lazily; arguments as for {@link #lazily}. */
  public static <C, P> Iterable<P> pages(C first, PageFetcher<? super C, ? extends P> fetcher,
      BiFunction<? super C, ? super P, ? extends C> next) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(fetcher, "fetcher == null");
    Objects.requireNonNull(next, "next == null");
    return () -> new PageIterator<C, P>(first, fetcher, next);
  }

  /** {@link #lazily} as a sequential stream; pages are fetched as the stream pulls items. */
  public static <C, P, T> Stream<T> stream(C first, PageFetcher<? super C, ? extends P> fetcher,
      Function<? super P, ? extends Collection<? extends T>> items,
      BiFunction<? super C, ? super P, ? extends C> next) {
    Iterable<T> iterable = lazily(first, fetcher, items, next);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterable.iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /**
   * Makes the Retrofit call for one page of an offset-paged list.
   *
   * @param <P> the page's wire type
   */
  @FunctionalInterface
  public interface OffsetCall<P> {
    /** The call for at most {@code limit} items starting at {@code offset} (an offset or a start index). */
    Call<P> call(int offset, int limit);
  }

  /**
   * Every item of an offset-paged list, {@code limit} a page, fetched lazily. The offset starts
   * at {@code first} (0 for an offset, 1 for a 1-based start index) and moves on by each page's
   * size; iteration ends after a page shorter than {@code limit}, or once the items seen reach the
   * page's {@link Page#total() total} when the vendor sends one.
   *
   * @param first the first page's offset, 0 or more
   * @param limit the page size, 1 or more
   * @param fetcher fetches the page at an offset (it knows {@code limit})
   */
  public static <T> Iterable<T> byOffset(int first, int limit, PageFetcher<Integer, Page<T>> fetcher) {
    if (first < 0) throw new IllegalArgumentException("first < 0: " + first);
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    Objects.requireNonNull(fetcher, "fetcher == null");
    return lazily(first, fetcher, Page::items, (offset, page) -> {
      int size = page.items().size();
      int next = offset + size;
      if (size < limit) return null;
      if (page.total() != null && next - first >= page.total()) return null;
      return next;
    });
  }

  /**
   * {@link #byOffset(int, int, PageFetcher)} over Retrofit calls whose body is a bare JSON array;
   * a non-2xx answer fails iteration with the {@link ApiException} {@code errors} reads.
   */
  public static <T> Iterable<T> byOffset(int first, int limit, OffsetCall<List<T>> call, ErrorBodyParser<?> errors) {
    return byOffset(first, limit, call, Page::of, errors);
  }

  /**
   * {@link #byOffset(int, int, PageFetcher)} over Retrofit calls; {@code toPage} reads a page out
   * of the wire type (a null body reads as an empty page).
   */
  public static <P, T> Iterable<T> byOffset(int first, int limit, OffsetCall<P> call,
      Function<? super P, Page<T>> toPage, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(toPage, "toPage == null");
    Objects.requireNonNull(errors, "errors == null");
    return byOffset(first, limit, offset -> read(call.call(offset, limit), toPage, errors));
  }

  /**
   * Every item of a cursor-paged list, fetched lazily: the first page is fetched with a null
   * cursor, each later one with the {@link Page#nextCursor()} of the page before. Iteration ends
   * when a page names no next cursor, or names the cursor it was fetched with (which would
   * otherwise loop forever).
   *
   * @param call the call for the page at a cursor (null for the first page)
   * @param toPage reads a page out of the wire type (a null body reads as an empty last page)
   * @param errors reads the vendor's error bodies
   */
  public static <P, T> Iterable<T> byCursor(Function<String, Call<P>> call,
      Function<? super P, Page<T>> toPage, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(toPage, "toPage == null");
    Objects.requireNonNull(errors, "errors == null");
    // The empty string stands for "no cursor yet": lazily() reads a null cursor as the end.
    return lazily("", cursor -> read(call.apply(cursor.isEmpty() ? null : cursor), toPage, errors),
        Page::items,
        (cursor, page) -> {
          String next = page.nextCursor();
          return next == null || next.isEmpty() || next.equals(cursor) ? null : next;
        });
  }

  private static <P, T> Page<T> read(Call<P> call, Function<? super P, Page<T>> toPage, ErrorBodyParser<?> errors)
      throws IOException {
    P body = VendorCalls.execute(call, errors);
    Page<T> page = body == null ? null : toPage.apply(body);
    return page == null ? Page.of(List.of()) : page;
  }

  private static final class PageIterator<C, P> implements Iterator<P> {
    private final PageFetcher<? super C, ? extends P> fetcher;
    private final BiFunction<? super C, ? super P, ? extends C> next;
    private C cursor;
    private P page;
    private boolean fetched;

    PageIterator(C first, PageFetcher<? super C, ? extends P> fetcher, BiFunction<? super C, ? super P, ? extends C> next) {
      this.cursor = first;
      this.fetcher = fetcher;
      this.next = next;
    }

    @Override
    public boolean hasNext() {
      if (fetched) return true;
      if (cursor == null) return false;
      try {
        page = fetcher.fetch(cursor);
      } catch (IOException e) {
        cursor = null;
        throw new UncheckedIOException(e);
      }
      if (page == null) {
        cursor = null;
        return false;
      }
      cursor = next.apply(cursor, page);
      fetched = true;
      return true;
    }

    @Override
    public P next() {
      if (!hasNext()) throw new NoSuchElementException();
      fetched = false;
      P p = page;
      page = null;
      return p;
    }
  }

  private static final class ItemIterator<P, T> implements Iterator<T> {
    private final Iterator<P> pages;
    private final Function<? super P, ? extends Collection<? extends T>> items;
    private Iterator<? extends T> current = Collections.emptyIterator();

    ItemIterator(Iterator<P> pages, Function<? super P, ? extends Collection<? extends T>> items) {
      this.pages = pages;
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext()) {
        if (!pages.hasNext()) return false;
        Collection<? extends T> c = items.apply(pages.next());
        current = c == null ? Collections.emptyIterator() : c.iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) throw new NoSuchElementException();
      return current.next();
    }
  }
}
