package dev.pacer.koreccai;

import dev.pacer.koreccai.model.InteractionPage;
import dev.pacer.koreccai.model.InteractionRecord;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.Page;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorCalls;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import retrofit2.Call;

/**
 * Kore.ai CCAI's paging schemes as lazy iterables: a page is requested only when iteration
 * reaches it, and each page is paced like any other call (one of the account's 60 a minute, so
 * large pages are cheaper).
 *
 * <ul>
 *   <li>configuration lists (skill groups, skills, queues, agents): {@code page} from 1 with a
 *       {@code {results, page, hasMore, totalPages, ...}} answer ({@link #byPage});
 *   <li>conversations: {@code skip} and {@code limit}, answer {@code {results}} ({@link #bySkip});
 *   <li>the analytics details report: {@code offset} counting pages from 0 to 10 and {@code limit}
 *       up to 100, answer {@code {numResults, data}} ({@link #byPageOffset}).
 * </ul>
 *
 * Each takes the call for the page at a position (a page number, a skip count or a page offset)
 * as an {@link IntFunction}, e.g. {@code n -> client.skills().list(n)}.
 * A failed page ends iteration with an {@link java.io.UncheckedIOException} whose cause is the
 * {@link dev.pacer.vendor.support.ApiException} or other {@link IOException}.
 */
public final class KoreCcaiPaging {
  private KoreCcaiPaging() {}

  /**
   * Every item of a {@code page}-numbered list. After a page, iteration goes on only when it had
   * items, its {@code totalPages} (if sent) lies beyond it, and it said {@code hasMore: true};
   * when Kore sends neither {@code hasMore} nor {@code totalPages}, it stops after that page
   * rather than spend a request of the account's minute on a guess.
   */
  public static <T> Iterable<T> byPage(IntFunction<Call<ResultPage<T>>> page, ErrorBodyParser<?> errors) {
    return byPage(page, p -> p, errors);
  }

  /** {@link #byPage} for pages wrapped in an envelope; {@code unwrap} finds the page (null: none). */
  public static <E, T> Iterable<T> byPage(IntFunction<Call<E>> page, Function<? super E, ResultPage<T>> unwrap,
      ErrorBodyParser<?> errors) {
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(unwrap, "unwrap == null");
    Objects.requireNonNull(errors, "errors == null");
    return Paging.<Integer, ResultPage<T>, T>lazily(1,
        n -> {
          E body = fetch(page.apply(n), errors);
          ResultPage<T> p = body == null ? null : unwrap.apply(body);
          return p == null ? new ResultPage<>(null, n, null, null, false, null, null) : p;
        },
        ResultPage::results,
        (n, p) -> {
          if (p.results().isEmpty()) return null;
          if (p.totalPages() != null && n >= p.totalPages()) return null;
          return Boolean.TRUE.equals(p.hasMore()) ? n + 1 : null;
        });
  }

  /**
   * Every item of a {@code skip}/{@code limit} list, {@code limit} a page: iteration ends after a
   * page shorter than {@code limit}.
   */
  public static <T> Iterable<T> bySkip(int limit, IntFunction<Call<ResultPage<T>>> page, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(page, "page == null");
    return Paging.byOffset(0, limit, (skip, size) -> page.apply(skip),
        p -> new Page<>(p.results(), null, null), errors);
  }

  /**
   * Every record of the analytics details report, {@code limit} (1..100) a page, from page offset
   * 0 up to {@value AnalyticsApi#MAX_OFFSET}: iteration ends after a page shorter than {@code limit}
   * or at the last offset Kore serves.
   */
  public static Iterable<InteractionRecord> byPageOffset(int limit, IntFunction<Call<InteractionPage>> page,
      ErrorBodyParser<?> errors) {
    if (limit < 1 || limit > AnalyticsApi.MAX_LIMIT) {
      throw new IllegalArgumentException("limit not in 1.." + AnalyticsApi.MAX_LIMIT + ": " + limit);
    }
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(errors, "errors == null");
    return Paging.<Integer, InteractionPage, InteractionRecord>lazily(0,
        offset -> fetch(page.apply(offset), errors),
        InteractionPage::data,
        (offset, p) -> p.data().size() < limit || offset >= AnalyticsApi.MAX_OFFSET ? null : offset + 1);
  }

  private static <P> P fetch(Call<P> call, ErrorBodyParser<?> errors) throws IOException {
    return VendorCalls.execute(call, errors);
  }
}
