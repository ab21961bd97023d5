package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The account an access token belongs to ({@code GET /account}).
 *
 * @param id the account's ID
 * @param object always {@code account}
 * @param accountId the account's ID again (as Nylas sends it)
 * @param name the owner's name
 * @param emailAddress the account's email address
 * @param provider the mail provider, e.g. {@code gmail}, {@code eas}, {@code ews}, {@code icloud}
 * @param organizationUnit {@code folder} or {@code label}: how the account organises messages
 * @param syncState {@code running}, {@code stopped}, {@code invalid}, ...
 * @param linkedAt when the account was connected (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Account(
    String id,
    String object,
    String accountId,
    String name,
    String emailAddress,
    String provider,
    String organizationUnit,
    String syncState,
    Instant linkedAt) {}
