package dev.pacer.contextio;

import dev.pacer.contextio.model.ConnectToken;
import dev.pacer.contextio.model.CreatedConnectToken;
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

/**
 * Context.IO Lite's connect tokens: send a user to Context.IO's own page to connect a mailbox
 * (with OAuth2 where the provider offers it), and get them back at your callback URL. Get one
 * from {@link ContextIoClient#connectTokens()}. Each call counts against the developer key's
 * <b>5,000/h</b> (rule {@value ContextIoPolicy#DEVELOPER_RULE}). The answers' shapes are only
 * partly documented; unknown fields are ignored.
 */
public interface ConnectTokensApi {
  /** The application's connect tokens. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("connect_tokens")
  Call<List<ConnectToken>> list();

  /** Creates a connect token that makes a new user, from raw form {@code fields}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("connect_tokens")
  Call<CreatedConnectToken> create(@FieldMap Map<String, String> fields);

  /**
   * Creates a connect token that makes a new user; send the user to {@link
   * CreatedConnectToken#browserRedirectUrl()}. A token that creates a user counts towards the
   * initial limit of 100 users. Limit: <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  default Call<CreatedConnectToken> create(NewConnectToken token) {
    return create(token.fields());
  }

  /** Connect token {@code token}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("connect_tokens/{token}")
  Call<ConnectToken> get(@Path("token") String token);

  /** Deletes connect token {@code token}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @DELETE("connect_tokens/{token}")
  Call<Success> delete(@Path("token") String token);

  /** The connect tokens of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("users/{id}/connect_tokens")
  Call<List<ConnectToken>> listForUser(@Path("id") String id);

  /** Creates a connect token that adds a mailbox to user {@code id}, from raw form {@code fields}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("users/{id}/connect_tokens")
  Call<CreatedConnectToken> createForUser(@Path("id") String id, @FieldMap Map<String, String> fields);

  /** Creates a connect token that adds a mailbox to user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  default Call<CreatedConnectToken> createForUser(String id, NewConnectToken token) {
    return createForUser(id, token.fields());
  }
}
