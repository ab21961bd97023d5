package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code data} of the "Update Contact List" answer.
 *
 * @param contactListId the list's ID ({@code cl-...})
 * @param body what was stored, as sent ({@code name}, {@code orgId}, {@code listType}, ...)
 */
public record ContactListChange(String contactListId, JsonNode body) {}
