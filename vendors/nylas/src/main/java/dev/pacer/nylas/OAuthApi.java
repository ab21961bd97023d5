package dev.pacer.nylas;

import retrofit2.Call;
import retrofit2.http.POST;

/**
 * Revoking the account's own access token ({@code POST /oauth/revoke}). Get it from
 * {@link NylasAccount#oauth()}: unlike the account's other calls, which carry the token as a
 * bearer token, this one carries it as the HTTP Basic user name, as the reference asks.
 * (Pacer's per-account buckets are keyed by the {@code Authorization} header, so this endpoint's
 * account bucket is its own either way.)
 */
public interface OAuthApi {
  /**
   * {@code POST /oauth/revoke}: revokes the token this account was made with; a 200 means it can
   * no longer be used. To revoke all of an account's tokens, use
   * {@link NylasApplication#revokeAll(String, String)}.
   */
  @POST("oauth/revoke")
  Call<Void> revoke();
}
