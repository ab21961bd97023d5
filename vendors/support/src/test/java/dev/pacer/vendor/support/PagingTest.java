package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class PagingTest {
  private final List<Integer> fetched = new ArrayList<>();

  /** Pages of 3 over the numbers 1..8, cursor = 1-based start index. */
  private List<Integer> page(int start) {
    fetched.add(start);
    return IntStream.rangeClosed(start, Math.min(start + 2, 8)).boxed().collect(Collectors.toList());
  }

  private Iterable<Integer> numbers() {
    return Paging.lazily(1, this::page, p -> p, (start, p) -> p.size() < 3 ? null : start + p.size());
  }

  @Test
  void fetchesAPageOnlyWhenIterationReachesIt() {
    Iterator<Integer> it = numbers().iterator();
    assertEquals(List.of(), fetched);
    assertEquals(1, it.next());
    assertEquals(List.of(1), fetched);
    it.next();
    it.next();
    assertEquals(List.of(1), fetched);
    assertEquals(4, it.next());
    assertEquals(List.of(1, 4), fetched);
  }

  @Test
  void stopsAfterThePageWithNoNextCursor() {
    List<Integer> all = new ArrayList<>();
    numbers().forEach(all::add);
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), all);
    assertEquals(List.of(1, 4, 7), fetched);
  }

  @Test
  void streamPullsOnlyThePagesItNeeds() {
    List<Integer> two = Paging.stream(1, this::page, p -> p, (s, p) -> p.size() < 3 ? null : s + p.size())
        .limit(2).collect(Collectors.toList());
    assertEquals(List.of(1, 2), two);
    assertEquals(List.of(1), fetched);
  }

  @Test
  void emptyPagesAreSkipped() {
    Iterable<String> it = Paging.lazily(0,
        n -> n == 0 ? List.<String>of() : List.of("x"), p -> p, (n, p) -> n < 1 ? n + 1 : null);
    assertEquals(List.of("x"), toList(it));
  }

  @Test
  void aFailedFetchSurfacesAsUncheckedIoExceptionWithTheCause() {
    IOException boom = new IOException("boom");
    Iterable<Integer> failing = Paging.lazily(1, start -> {
      if (start > 1) throw boom;
      return List.of(1, 2, 3);
    }, p -> p, (s, p) -> s + p.size());
    Iterator<Integer> it = failing.iterator();
    it.next();
    it.next();
    it.next();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
    assertSame(boom, e.getCause());
    assertFalse(it.hasNext());
  }

  @Test
  void pagesYieldsWholePages() {
    List<List<Integer>> pages = toList(Paging.pages(1, this::page, (s, p) -> p.size() < 3 ? null : s + p.size()));
    assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8)), pages);
  }

  private static <T> List<T> toList(Iterable<T> it) {
    List<T> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  /** Offset pages of {@code limit} over 1..{@code count}; the vendor reports {@code total}. */
  private Page<Integer> offsetPage(int offset, int limit, int count, Long total) {
    fetched.add(offset);
    List<Integer> items = IntStream.range(offset, Math.min(offset + limit, count)).map(i -> i + 1).boxed()
        .collect(Collectors.toList());
    return new Page<>(items, null, total);
  }

  @Test
  void byOffsetMovesOnByEachPageAndStopsAfterAShortPage() {
    List<Integer> all = new ArrayList<>();
    Paging.<Integer>byOffset(0, 3, offset -> offsetPage(offset, 3, 7, null)).forEach(all::add);
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), all);
    assertEquals(List.of(0, 3, 6), fetched);
  }

  @Test
  void byOffsetStopsAtTheTotalWithoutFetchingAnEmptyPage() {
    List<Integer> all = new ArrayList<>();
    Paging.<Integer>byOffset(0, 3, offset -> offsetPage(offset, 3, 6, 6L)).forEach(all::add);
    assertEquals(6, all.size());
    assertEquals(List.of(0, 3), fetched);
  }

  @Test
  void byOffsetCountsTheTotalFromAOneBasedStartIndex() {
    List<Integer> all = new ArrayList<>();
    Paging.<Integer>byOffset(1, 2, start -> offsetPage(start - 1, 2, 4, 4L)).forEach(all::add);
    assertEquals(List.of(1, 2, 3, 4), all);
    assertEquals(List.of(0, 2), fetched);
  }

  @Test
  void byOffsetRejectsAPageSizeBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Paging.<Integer>byOffset(0, 0, offset -> Page.of(List.of())));
    assertEquals("limit < 1: 0", e.getMessage());
  }

  @Test
  void aPageReadsNullItemsAsNoneAndCannotBeChanged() {
    Page<String> page = new Page<>(null, "c", 3L);
    assertEquals(List.of(), page.items());
    List<String> source = new ArrayList<>(List.of("a"));
    Page<String> copy = Page.of(source);
    source.add("b");
    assertEquals(List.of("a"), copy.items());
    assertThrows(UnsupportedOperationException.class, () -> copy.items().add("c"));
  }
}
