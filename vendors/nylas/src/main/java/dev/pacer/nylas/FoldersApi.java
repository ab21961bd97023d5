package dev.pacer.nylas;

import dev.pacer.nylas.model.Folder;
import dev.pacer.nylas.model.FolderInput;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * An account's folders ({@code /folders}; IMAP and Microsoft accounts, whose
 * {@code organization_unit} is {@code folder}). Get one from {@link NylasAccount#folders()}. A
 * folder's ID is what {@link dev.pacer.nylas.model.MessageUpdate#folderId()} and
 * {@link dev.pacer.nylas.model.ThreadUpdate#folderId()} move a message or thread to.
 */
public interface FoldersApi {
  /** {@code GET /folders}: one page of folders; {@code limit} and {@code offset} may be null. */
  @GET("folders")
  Call<List<Folder>> list(@Query("limit") Integer limit, @Query("offset") Integer offset);

  /** {@code GET /folders}: the first page of folders (Nylas' default size, 100). */
  default Call<List<Folder>> list() {
    return list(null, null);
  }

  /** {@code GET /folders/{id}}: one folder. */
  @GET("folders/{id}")
  Call<Folder> get(@Path("id") String id);

  /** {@code POST /folders}: creates a folder. */
  @POST("folders")
  Call<Folder> create(@Body FolderInput folder);

  /** {@code PUT /folders/{id}}: renames a folder (or makes it the sent folder). */
  @PUT("folders/{id}")
  Call<Folder> update(@Path("id") String id, @Body FolderInput folder);

  /** {@code DELETE /folders/{id}}: deletes a folder. */
  @DELETE("folders/{id}")
  Call<Void> delete(@Path("id") String id);
}
