package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplicationAccount(
    String id,
    String accountId,
    String email,
    String provider,
    String syncState,
    String billingState,
    Boolean trial,
    String authenticationType,
    JsonNode metadata) {}
