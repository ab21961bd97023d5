package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A folder (IMAP and Microsoft accounts, whose {@code organization_unit} is {@code folder}): as
 * a message's {@code folder} (ID and names only) and as {@code GET /folders} answers it.
 *
 * @param id the folder's ID
 * @param name the canonical name (RFC 6154 role: {@code inbox}, {@code sent}, {@code trash}, ...)
 *     or null for a user folder
 * @param displayName the name shown to the user; show this rather than {@code name}
 * @param accountId the account the folder belongs to; null inside a message
 * @param object always {@code folder}; null inside a message
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Folder(String id, String name, String displayName, String accountId, String object) {}
