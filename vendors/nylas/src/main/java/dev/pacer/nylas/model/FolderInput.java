package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /folders} and {@code PUT /folders/{id}}. Nylas folder names are case
 * insensitive, and a child folder's parent must exist. Fields left null are not sent.
 *
 * @param displayName the folder's name as the user sees it
 * @param name {@code sent} to make this folder the primary sent folder (custom IMAP accounts
 *     only), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FolderInput(String displayName, String name) {
  /** A folder named {@code displayName}. */
  public static FolderInput named(String displayName) {
    return new FolderInput(displayName, null);
  }
}
