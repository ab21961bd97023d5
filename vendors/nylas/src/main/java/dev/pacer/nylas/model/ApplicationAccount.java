package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An account connected to the application, as the application endpoints see it
 * ({@code GET /a/{client_id}/accounts}, {@code GET /a/{client_id}/accounts/{id}}).
 *
 * @param id the account's ID
 * @param accountId the account's ID again (as Nylas sends it)
 * @param email the account's email address
 * @param provider the mail provider
 * @param syncState {@code running}, {@code downloading}, {@code invalid_credentials}, {@code stopped}, ...
 * @param billingState {@code paid}, {@code cancelled} or {@code deleted}
 * @param trial whether the account is on a trial, or null when not sent
 * @param authenticationType how the account authenticates, e.g. {@code password}, may be null
 * @param metadata the application's metadata on the account, as raw JSON, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationAccount(
    @JsonProperty("id") String id,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("email") String email,
    @JsonProperty("provider") String provider,
    @JsonProperty("sync_state") String syncState,
    @JsonProperty("billing_state") String billingState,
    @JsonProperty("trial") Boolean trial,
    @JsonProperty("authentication_type") String authenticationType,
    @JsonProperty("metadata") JsonNode metadata) {}
