package dev.pacer.contextio;

import dev.pacer.contextio.model.CreatedEmailAccount;
import dev.pacer.contextio.model.EmailAccount;
import dev.pacer.contextio.model.Success;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Context.IO Lite's email-account methods: the IMAP mailboxes of a user. Get one from {@link
 * ContextIoClient#emailAccounts()}. A {@code label} names one account of the user; {@code "0"}
 * names the first. None of these calls IMAP, so each counts against the developer key's
 * <b>5,000/h</b> only (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
 */
public interface EmailAccountsApi {
  /**
   * The email accounts of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param status filter: accounts in this status ({@code OK}, {@code INVALID_CREDENTIALS}, ...), or null
   * @param statusOk filter: 1 for accounts that work, 0 for those that do not, or null
   */
  @GET("users/{id}/email_accounts")
  Call<List<EmailAccount>> list(@Path("id") String id, @Query("status") String status,
      @Query("status_ok") Integer statusOk);

  /** Email account {@code label} of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("users/{id}/email_accounts/{label}")
  Call<EmailAccount> get(@Path("id") String id, @Path("label") String label);

  /** Adds a mailbox from raw form {@code fields}; prefer {@link #create(String, NewEmailAccount)}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("users/{id}/email_accounts")
  Call<CreatedEmailAccount> create(@Path("id") String id, @FieldMap Map<String, String> fields);

  /**
   * Adds {@code account} to user {@code id}. A refused login answers {@code success: false} with a
   * {@code feedback_code} ({@link ContextIoError.Kind#FEEDBACK}). Limit: <b>5,000/h</b> per
   * developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  default Call<CreatedEmailAccount> create(String id, NewEmailAccount account) {
    return create(id, account.fields());
  }

  /** Changes account {@code label} from raw form {@code fields}; prefer {@link #update(String, String, EmailAccountUpdate)}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("users/{id}/email_accounts/{label}")
  Call<Success> update(@Path("id") String id, @Path("label") String label, @FieldMap Map<String, String> fields);

  /** Applies {@code update} to account {@code label} of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  default Call<Success> update(String id, String label, EmailAccountUpdate update) {
    return update(id, label, update.fields());
  }

  /**
   * Asks Context.IO to check account {@code label}'s connection now ({@code force_status_check=1});
   * read the result with {@link #get}. Limit: <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  default Call<Success> checkStatus(String id, String label) {
    return update(id, label, EmailAccountUpdate.forceStatusCheck());
  }

  /** Removes account {@code label} from user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @DELETE("users/{id}/email_accounts/{label}")
  Call<Success> delete(@Path("id") String id, @Path("label") String label);
}
