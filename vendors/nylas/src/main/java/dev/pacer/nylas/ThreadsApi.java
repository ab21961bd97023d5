package dev.pacer.nylas;

import dev.pacer.nylas.model.Count;
import dev.pacer.nylas.model.EmailThread;
import dev.pacer.nylas.model.ThreadFilter;
import dev.pacer.nylas.model.ThreadUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * An account's threads ({@code /threads}). Get one from {@link NylasAccount#threads()}. The
 * methods taking a {@code Map} send raw query parameters; prefer the ones taking a
 * {@link ThreadFilter}.
 */
public interface ThreadsApi {
  /** {@code GET /threads} with raw query parameters. */
  @GET("threads")
  Call<List<EmailThread>> list(@QueryMap Map<String, String> query);

  /** {@code GET /threads}: one page of threads matching {@code filter}. */
  default Call<List<EmailThread>> list(ThreadFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /threads?view=ids} with raw query parameters. */
  @GET("threads?view=ids")
  Call<List<String>> listIds(@QueryMap Map<String, String> query);

  /** {@code GET /threads?view=ids}: one page of the IDs of threads matching {@code filter}. */
  default Call<List<String>> listIds(ThreadFilter filter) {
    return listIds(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /threads?view=count} with raw query parameters. */
  @GET("threads?view=count")
  Call<Count> count(@QueryMap Map<String, String> query);

  /** {@code GET /threads?view=count}: how many threads match {@code filter}. */
  default Call<Count> count(ThreadFilter filter) {
    return count(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /threads?view=expanded} with raw query parameters. */
  @GET("threads?view=expanded")
  Call<List<EmailThread>> listExpanded(@QueryMap Map<String, String> query);

  /** {@code GET /threads?view=expanded}: threads with their messages and drafts (without bodies). */
  default Call<List<EmailThread>> listExpanded(ThreadFilter filter) {
    return listExpanded(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /threads/{id}}: one thread. */
  @GET("threads/{id}")
  Call<EmailThread> get(@Path("id") String id);

  /** {@code GET /threads/{id}?view=expanded}: one thread with its messages and drafts. */
  @GET("threads/{id}?view=expanded")
  Call<EmailThread> getExpanded(@Path("id") String id);

  /** {@code PUT /threads/{id}}: marks read or starred, moves, or relabels a whole thread. */
  @PUT("threads/{id}")
  Call<EmailThread> update(@Path("id") String id, @Body ThreadUpdate update);

  /** {@code GET /threads/search}: threads matching {@code q}; {@code limit}, {@code offset} may be null. */
  @GET("threads/search")
  Call<List<EmailThread>> search(@Query("q") String q, @Query("limit") Integer limit, @Query("offset") Integer offset);

  /** {@code GET /threads/search}: the first page of threads matching {@code q}. */
  default Call<List<EmailThread>> search(String q) {
    return search(Objects.requireNonNull(q, "q == null"), null, null);
  }
}
