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
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorRuntime;
import java.util.List;
import java.util.Objects;
import retrofit2.Call;

/**
 * The application endpoints ({@code /a/{client_id}/...}) with the client's ID filled in, every
 * call sent with the client secret. Get it from {@link NylasClient#application()}. Immutable and
 * thread-safe.
 */
public final class NylasApplication {
  private static final int DEFAULT_PAGE_SIZE = 100;

  private final String clientId;
  private final String clientSecret;
  private final ApplicationApi api;
  private final VendorRuntime runtime;

  NylasApplication(String clientId, String clientSecret, ApplicationApi api, VendorRuntime runtime) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.api = api;
    this.runtime = runtime;
  }

  /** The application's client ID. */
  public String clientId() {
    return clientId;
  }

  /** The raw service, for calls that name a client ID themselves. */
  public ApplicationApi api() {
    return api;
  }

  /** {@code GET /a/{client_id}/accounts?limit=&offset=}: one page of connected accounts. */
  public Call<List<ApplicationAccount>> accounts(int limit, int offset) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
    return api.accounts(clientId, limit, offset);
  }

  /** Every connected account, fetched 100 at a time as iteration reaches them. */
  public Iterable<ApplicationAccount> allAccounts() {
    return Paging.lazily(0,
        offset -> runtime.execute(api.accounts(clientId, DEFAULT_PAGE_SIZE, offset)),
        page -> page,
        (offset, page) -> page == null || page.size() < DEFAULT_PAGE_SIZE ? null : offset + page.size());
  }

  /** {@code GET /a/{client_id}/accounts/{id}}. */
  public Call<ApplicationAccount> account(String accountId) {
    return api.account(clientId, Objects.requireNonNull(accountId, "accountId == null"));
  }

  /** {@code DELETE /a/{client_id}/accounts/{id}}. */
  public Call<Void> deleteAccount(String accountId) {
    return api.deleteAccount(clientId, Objects.requireNonNull(accountId, "accountId == null"));
  }

  /** {@code POST /a/{client_id}/accounts/{id}/downgrade}. */
  public Call<SuccessResponse> downgrade(String accountId) {
    return api.downgrade(clientId, Objects.requireNonNull(accountId, "accountId == null"));
  }

  /** {@code POST /a/{client_id}/accounts/{id}/upgrade}. */
  public Call<SuccessResponse> upgrade(String accountId) {
    return api.upgrade(clientId, Objects.requireNonNull(accountId, "accountId == null"));
  }

  /** {@code POST /a/{client_id}/accounts/{id}/revoke-all}, keeping {@code keepAccessToken} valid (null: revoke all). */
  public Call<SuccessResponse> revokeAll(String accountId, String keepAccessToken) {
    return api.revokeAll(clientId, Objects.requireNonNull(accountId, "accountId == null"),
        new RevokeAllRequest(keepAccessToken));
  }

  /** {@code POST /a/{client_id}/accounts/{id}/token-info}. */
  public Call<TokenInfo> tokenInfo(String accountId, String accessToken) {
    return api.tokenInfo(clientId, Objects.requireNonNull(accountId, "accountId == null"),
        new TokenInfoRequest(accessToken));
  }

  /** {@code GET /a/{client_id}/ip_addresses}; Nylas allows 10 calls per hour. */
  public Call<IpAddresses> ipAddresses() {
    return api.ipAddresses(clientId);
  }

  /** {@code GET /a/{client_id}/webhooks}. */
  public Call<List<Webhook>> webhooks() {
    return api.webhooks(clientId);
  }

  /** {@code GET /a/{client_id}/webhooks/{id}}. */
  public Call<Webhook> webhook(String webhookId) {
    return api.webhook(clientId, checkWebhookId(webhookId));
  }

  /** {@code POST /a/{client_id}/webhooks}: Nylas first calls the callback URL with a challenge. */
  public Call<Webhook> createWebhook(WebhookInput webhook) {
    return api.createWebhook(clientId, Objects.requireNonNull(webhook, "webhook == null"));
  }

  /** {@code PUT /a/{client_id}/webhooks/{id}}: turns the webhook on or off. */
  public Call<Webhook> updateWebhook(String webhookId, WebhookState state) {
    Objects.requireNonNull(state, "state == null");
    return api.updateWebhook(clientId, checkWebhookId(webhookId), state);
  }

  /** {@code DELETE /a/{client_id}/webhooks/{id}}. */
  public Call<Void> deleteWebhook(String webhookId) {
    return api.deleteWebhook(clientId, checkWebhookId(webhookId));
  }

  private static String checkWebhookId(String webhookId) {
    return Objects.requireNonNull(webhookId, "webhookId == null");
  }

  /**
   * {@code POST /oauth/token}: trades {@code code}, which Nylas' hosted authentication sent to the
   * application's redirect URI, for the account's access token (pass it to
   * {@link NylasClient#account(String)}). A code works once; the call is not resent after a
   * network error or a 5xx.
   */
  public Call<HostedAuthToken> exchangeCode(String code) {
    return api.exchangeCode(CodeExchangeRequest.of(clientId, clientSecret, code));
  }

  /** {@code GET /a/{client_id}}. */
  public Call<ApplicationDetails> details() {
    return api.details(clientId);
  }

  /** {@code POST /a/{client_id}}. */
  public Call<ApplicationDetails> updateDetails(ApplicationDetailsUpdate update) {
    return api.updateDetails(clientId, Objects.requireNonNull(update, "update == null"));
  }

  @Override
  public String toString() {
    return "NylasApplication{clientId=" + clientId + ", clientSecret=<redacted>}";
  }
}
