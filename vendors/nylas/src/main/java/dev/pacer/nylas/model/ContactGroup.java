package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactGroup(String id, String object, String accountId, String name, String path) {}
