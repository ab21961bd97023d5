package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact group ({@code GET /contacts/groups}, and each contact's {@code groups}).
 *
 * @param id the group's ID; pass it to {@link ContactFilter.Builder#group(String)} or
 *     {@link ContactInput.Builder#group(String)}
 * @param object always {@code contact_group}
 * @param accountId the account the group belongs to
 * @param name the group's name
 * @param path the group's path in the hierarchy, e.g. {@code Parent/Child}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactGroup(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("name") String name,
    @JsonProperty("path") String path) {}
