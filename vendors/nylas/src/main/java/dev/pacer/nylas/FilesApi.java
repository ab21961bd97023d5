package dev.pacer.nylas;

import dev.pacer.nylas.model.Count;
import dev.pacer.nylas.model.FileFilter;
import dev.pacer.nylas.model.FileMetadata;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * An account's files ({@code /files}): attachments of messages and drafts, and uploads to attach.
 * Get one from {@link NylasAccount#files()}.
 *
 * <p>{@link #download(String)} is streamed: the bytes are read as they arrive, never buffered
 * whole. The seed page caps no download by concurrency (its caps are the delta stream, the
 * long-poll and {@code /messages}, {@code /threads}, {@code /contacts}), so an open download holds
 * no slot and never holds up the account's queries; it counts once, when sent, under the
 * per-endpoint rates. Close its body when done, or use
 * {@link NylasAccount#downloadFile(String, java.io.OutputStream)}. A streamed call has no
 * {@code transmissionTimeout}: the client's read timeout bounds each silence.
 *
 * <p>An upload is a {@code POST} and is not resent after a network error or a 5xx.
 */
public interface FilesApi {
  /** {@code GET /files} with raw query parameters. */
  @GET("files")
  Call<List<FileMetadata>> list(@QueryMap Map<String, String> query);

  /** {@code GET /files}: one page of the files matching {@code filter}. */
  default Call<List<FileMetadata>> list(FileFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /files?view=ids} with raw query parameters. */
  @GET("files?view=ids")
  Call<List<String>> listIds(@QueryMap Map<String, String> query);

  /** {@code GET /files?view=ids}: one page of the IDs of files matching {@code filter}. */
  default Call<List<String>> listIds(FileFilter filter) {
    return listIds(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /files?view=count} with raw query parameters. */
  @GET("files?view=count")
  Call<Count> count(@QueryMap Map<String, String> query);

  /** {@code GET /files?view=count}: how many files match {@code filter}. */
  default Call<Count> count(FileFilter filter) {
    return count(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /files/{id}}: one file's metadata. */
  @GET("files/{id}")
  Call<FileMetadata> get(@Path("id") String id);

  /**
   * {@code POST /files} ({@code multipart/form-data}) with a ready part; Nylas takes the part
   * named {@code file}. Prefer {@link #upload(String, RequestBody)}.
   */
  @Multipart
  @POST("files")
  Call<List<FileMetadata>> upload(@Part MultipartBody.Part file);

  /**
   * {@code POST /files}: uploads {@code content} as the form part {@code file} named
   * {@code filename} (about 25 MB at most); the answer lists the stored file, whose ID a draft
   * or message then attaches. Uploads are kept for 7 days.
   */
  default Call<List<FileMetadata>> upload(String filename, RequestBody content) {
    Objects.requireNonNull(filename, "filename == null");
    Objects.requireNonNull(content, "content == null");
    return upload(MultipartBody.Part.createFormData("file", filename, content));
  }

  /** {@code DELETE /files/{id}}: deletes an uploaded file. */
  @DELETE("files/{id}")
  Call<Void> delete(@Path("id") String id);

  /**
   * {@code GET /files/{id}/download}: the file's content, streamed. Close the body when done.
   * The body's {@code Content-Type} is the file's.
   */
  @Streaming
  @GET("files/{id}/download")
  Call<ResponseBody> download(@Path("id") String id);
}
