package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A label (Gmail accounts, whose {@code organization_unit} is {@code label}): as one of a
 * message's {@code labels} (ID and names only) and as {@code GET /labels} answers it.
 *
 * @param id the label's ID
 * @param name the canonical name ({@code inbox}, {@code all}, {@code important}, ...) or null for a
 *     user label
 * @param displayName the name shown to the user
 * @param accountId the account the label belongs to; null inside a message
 * @param object always {@code label}; null inside a message
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Label(String id, String name, String displayName, String accountId, String object) {}
