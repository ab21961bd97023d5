package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("name") String name,
    @JsonProperty("email_address") String emailAddress,
    @JsonProperty("provider") String provider,
    @JsonProperty("organization_unit") String organizationUnit,
    @JsonProperty("sync_state") String syncState,
    @JsonProperty("linked_at") Instant linkedAt) {}
