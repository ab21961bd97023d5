package dev.pacer.nylas;

import dev.pacer.nylas.model.ApplicationAccount;
import dev.pacer.nylas.model.ApplicationDetails;
import dev.pacer.nylas.model.ApplicationDetailsUpdate;
import dev.pacer.nylas.model.CodeExchangeRequest;
import dev.pacer.nylas.model.HostedAuthToken;
import dev.pacer.nylas.model.IpAddresses;
import dev.pacer.nylas.model.RevokeAllRequest;
import dev.pacer.nylas.model.SuccessResponse;
import dev.pacer.nylas.model.TokenInfo;
import dev.pacer.nylas.model.TokenInfoRequest;
import dev.pacer.nylas.model.Webhook;
import dev.pacer.nylas.model.WebhookInput;
import dev.pacer.nylas.model.WebhookState;
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
 * The application endpoints ({@code /a/{client_id}/...}, and {@code /oauth/token}), authenticated
 * with the client secret.
 * {@link NylasApplication} calls these with its client ID filled in; use this interface directly
 * (from {@link NylasApplication#api()}) only to address another client ID.
 */
public interface ApplicationApi {
  /** {@code GET /a/{client_id}/accounts}: one page of connected accounts; {@code limit}, {@code offset} may be null. */
  @GET("a/{client_id}/accounts")
  Call<List<ApplicationAccount>> accounts(@Path("client_id") String clientId, @Query("limit") Integer limit,
      @Query("offset") Integer offset);

  /** {@code GET /a/{client_id}/accounts/{id}}: one connected account. */
  @GET("a/{client_id}/accounts/{id}")
  Call<ApplicationAccount> account(@Path("client_id") String clientId, @Path("id") String accountId);

  /** {@code DELETE /a/{client_id}/accounts/{id}}: deletes an account (and its data) from the application. */
  @DELETE("a/{client_id}/accounts/{id}")
  Call<Void> deleteAccount(@Path("client_id") String clientId, @Path("id") String accountId);

  /** {@code POST /a/{client_id}/accounts/{id}/downgrade}: stops syncing an account without deleting it. */
  @POST("a/{client_id}/accounts/{id}/downgrade")
  Call<SuccessResponse> downgrade(@Path("client_id") String clientId, @Path("id") String accountId);

  /** {@code POST /a/{client_id}/accounts/{id}/upgrade}: resumes syncing a downgraded account. */
  @POST("a/{client_id}/accounts/{id}/upgrade")
  Call<SuccessResponse> upgrade(@Path("client_id") String clientId, @Path("id") String accountId);

  /** {@code POST /a/{client_id}/accounts/{id}/revoke-all}: revokes the account's access tokens. */
  @POST("a/{client_id}/accounts/{id}/revoke-all")
  Call<SuccessResponse> revokeAll(@Path("client_id") String clientId, @Path("id") String accountId,
      @Body RevokeAllRequest request);

  /** {@code POST /a/{client_id}/accounts/{id}/token-info}: what Nylas knows about an access token. */
  @POST("a/{client_id}/accounts/{id}/token-info")
  Call<TokenInfo> tokenInfo(@Path("client_id") String clientId, @Path("id") String accountId,
      @Body TokenInfoRequest request);

  /** {@code GET /a/{client_id}/ip_addresses}: Nylas' outgoing addresses (10 calls per hour). */
  @GET("a/{client_id}/ip_addresses")
  Call<IpAddresses> ipAddresses(@Path("client_id") String clientId);

  /** {@code GET /a/{client_id}}: the application's settings. */
  @GET("a/{client_id}")
  Call<ApplicationDetails> details(@Path("client_id") String clientId);

  /** {@code GET /a/{client_id}/webhooks}: the application's webhooks. */
  @GET("a/{client_id}/webhooks")
  Call<List<Webhook>> webhooks(@Path("client_id") String clientId);

  /** {@code GET /a/{client_id}/webhooks/{id}}: one webhook. */
  @GET("a/{client_id}/webhooks/{id}")
  Call<Webhook> webhook(@Path("client_id") String clientId, @Path("id") String webhookId);

  /** {@code POST /a/{client_id}/webhooks}: registers a webhook (Nylas first checks the callback URL). */
  @POST("a/{client_id}/webhooks")
  Call<Webhook> createWebhook(@Path("client_id") String clientId, @Body WebhookInput webhook);

  /** {@code PUT /a/{client_id}/webhooks/{id}}: turns a webhook on or off. */
  @PUT("a/{client_id}/webhooks/{id}")
  Call<Webhook> updateWebhook(@Path("client_id") String clientId, @Path("id") String webhookId, @Body WebhookState state);

  /** {@code DELETE /a/{client_id}/webhooks/{id}}: deletes a webhook. */
  @DELETE("a/{client_id}/webhooks/{id}")
  Call<Void> deleteWebhook(@Path("client_id") String clientId, @Path("id") String webhookId);

  /**
   * {@code POST /oauth/token}: trades a hosted-authentication code for the account's access token.
   * Not under {@code /a/{client_id}}, but sent like the application calls, with the client secret.
   */
  @POST("oauth/token")
  Call<HostedAuthToken> exchangeCode(@Body CodeExchangeRequest request);

  /** {@code POST /a/{client_id}}: changes the application's name and redirect URIs. */
  @POST("a/{client_id}")
  Call<ApplicationDetails> updateDetails(@Path("client_id") String clientId, @Body ApplicationDetailsUpdate update);
}
