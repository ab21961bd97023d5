package dev.pacer.nylas;

import dev.pacer.nylas.model.Count;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.MessageUpdate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * An account's messages ({@code /messages}). Get one from {@link NylasAccount#messages()}. Each
 * view of the collection is its own method, because each answers with its own shape. The
 * methods taking a {@code Map} send raw query parameters; prefer the ones taking a
 * {@link MessageFilter}.
 */
public interface MessagesApi {
  /** {@code GET /messages} with raw query parameters. */
  @GET("messages")
  Call<List<Message>> list(@QueryMap Map<String, String> query);

  /** {@code GET /messages}: one page of messages matching {@code filter}. */
  default Call<List<Message>> list(MessageFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /messages?view=ids} with raw query parameters. */
  @GET("messages?view=ids")
  Call<List<String>> listIds(@QueryMap Map<String, String> query);

  /** {@code GET /messages?view=ids}: one page of the IDs of messages matching {@code filter}. */
  default Call<List<String>> listIds(MessageFilter filter) {
    return listIds(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /messages?view=count} with raw query parameters. */
  @GET("messages?view=count")
  Call<Count> count(@QueryMap Map<String, String> query);

  /** {@code GET /messages?view=count}: how many messages match {@code filter}. */
  default Call<Count> count(MessageFilter filter) {
    return count(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /messages?view=expanded} with raw query parameters. */
  @GET("messages?view=expanded")
  Call<List<Message>> listExpanded(@QueryMap Map<String, String> query);

  /** {@code GET /messages?view=expanded}: like {@link #list(MessageFilter)}, with each message's headers. */
  default Call<List<Message>> listExpanded(MessageFilter filter) {
    return listExpanded(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /messages/{id}}: one message. */
  @GET("messages/{id}")
  Call<Message> get(@Path("id") String id);

  /**
   * {@code GET /messages/{id}} with {@code Accept: message/rfc822}: the original MIME message,
   * streamed. Close the body when done.
   */
  @Streaming
  @Headers("Accept: message/rfc822")
  @GET("messages/{id}")
  Call<ResponseBody> raw(@Path("id") String id);

  /** {@code PUT /messages/{id}}: marks read or starred, moves, or relabels a message. */
  @PUT("messages/{id}")
  Call<Message> update(@Path("id") String id, @Body MessageUpdate update);

  /**
   * {@code GET /messages/search}: messages matching {@code q} as the provider's own search
   * understands it. {@code limit} and {@code offset} may be null.
   */
  @GET("messages/search")
  Call<List<Message>> search(@Query("q") String q, @Query("limit") Integer limit, @Query("offset") Integer offset);

  /** {@code GET /messages/search}: the first page of messages matching {@code q}. */
  default Call<List<Message>> search(String q) {
    return search(Objects.requireNonNull(q, "q == null"), null, null);
  }
}
