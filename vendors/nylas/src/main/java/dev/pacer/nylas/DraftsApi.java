package dev.pacer.nylas;

import dev.pacer.nylas.model.Count;
import dev.pacer.nylas.model.Draft;
import dev.pacer.nylas.model.DraftInput;
import dev.pacer.nylas.model.DraftVersion;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.SendDraft;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * An account's drafts ({@code /drafts}) and sending ({@code /send}). Get one from
 * {@link NylasAccount#drafts()}. Drafts take the same filters as messages.
 *
 * <p>Sending is not idempotent: Pacer never silently sends a {@code POST /send} twice after a
 * network error or a 5xx; it is retried only on 429, which Nylas answers before doing anything.
 */
public interface DraftsApi {
  /** {@code GET /drafts} with raw query parameters. */
  @GET("drafts")
  Call<List<Draft>> list(@QueryMap Map<String, String> query);

  /** {@code GET /drafts}: one page of drafts matching {@code filter}. */
  default Call<List<Draft>> list(MessageFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /drafts?view=ids} with raw query parameters. */
  @GET("drafts?view=ids")
  Call<List<String>> listIds(@QueryMap Map<String, String> query);

  /** {@code GET /drafts?view=ids}: one page of the IDs of drafts matching {@code filter}. */
  default Call<List<String>> listIds(MessageFilter filter) {
    return listIds(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /drafts?view=count} with raw query parameters. */
  @GET("drafts?view=count")
  Call<Count> count(@QueryMap Map<String, String> query);

  /** {@code GET /drafts?view=count}: how many drafts match {@code filter}. */
  default Call<Count> count(MessageFilter filter) {
    return count(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /drafts/{id}}: one draft. */
  @GET("drafts/{id}")
  Call<Draft> get(@Path("id") String id);

  /** {@code POST /drafts}: saves a new draft. */
  @POST("drafts")
  Call<Draft> create(@Body DraftInput draft);

  /** {@code PUT /drafts/{id}}: changes a draft; {@code draft} must carry the current version. */
  @PUT("drafts/{id}")
  Call<Draft> update(@Path("id") String id, @Body DraftInput draft);

  /** {@code DELETE /drafts/{id}} with the draft's current version in the body. */
  @HTTP(method = "DELETE", path = "drafts/{id}", hasBody = true)
  Call<Void> delete(@Path("id") String id, @Body DraftVersion version);

  /** {@code DELETE /drafts/{id}}: deletes the draft at {@code version}. */
  default Call<Void> delete(String id, int version) {
    return delete(id, new DraftVersion(version));
  }

  /** {@code POST /send} with {@code {draft_id, version}}: sends a saved draft. */
  @POST("send")
  Call<Message> send(@Body SendDraft send);

  /** {@code POST /send} with a message body: sends without saving a draft first. */
  @POST("send")
  Call<Message> send(@Body DraftInput message);

  /** {@code POST /send} with a complete MIME message as the body (any {@code Content-Type} you give it). */
  @POST("send")
  Call<Message> sendRaw(@Body RequestBody mime);

  /** {@code POST /send} with {@code Content-Type: message/rfc822}: sends a complete MIME message. */
  default Call<Message> sendRaw(String mime) {
    Objects.requireNonNull(mime, "mime == null");
    return sendRaw(RequestBody.create(mime, MediaType.get("message/rfc822")));
  }
}
