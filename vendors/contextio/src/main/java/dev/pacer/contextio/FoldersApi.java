package dev.pacer.contextio;

import dev.pacer.contextio.model.Folder;
import dev.pacer.contextio.model.Success;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Context.IO Lite's folder methods. Get one from {@link ContextIoClient#folders()}. A {@code
 * folder} is the full folder name with {@code /} between levels ({@code INBOX/Receipts}); it is
 * percent-encoded into one path segment, so {@code /} travels as {@code %2F}. Pass {@code
 * delimiter} when you name folders with another separator. Context.IO's rate-limit page counts
 * any call that gets folders as a call to IMAP, so each folder call counts against the user's
 * <b>240/min</b> (rule {@value ContextIoPolicy#IMAP_RULE}) and the developer key's <b>5,000/h</b>
 * (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
 */
public interface FoldersApi {
  /**
   * The folders of account {@code label}. Limit: <b>240/min</b> per user (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param includeExtendedCounts 1 to include message counts where the server can, or null
   */
  @GET("users/{id}/email_accounts/{label}/folders")
  Call<List<Folder>> list(@Path("id") String id, @Path("label") String label,
      @Query("include_extended_counts") Integer includeExtendedCounts);

  /**
   * Folder {@code folder} of account {@code label}. Limit: <b>240/min</b> per user (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}")
  Call<Folder> get(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Query("delimiter") String delimiter);

  /**
   * Creates folder {@code folder} in account {@code label}. Context.IO's held reference does not
   * document this call; it follows the folder resource's instance form ({@code POST} on the
   * folder), so confirm it against a live account before relying on it. Limit: <b>240/min</b> per user (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @FormUrlEncoded
  @POST("users/{id}/email_accounts/{label}/folders/{folder}")
  Call<Success> create(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Field("delimiter") String delimiter);
}
