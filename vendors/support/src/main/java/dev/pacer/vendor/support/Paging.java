package dev.pacer.vendor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
