package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A folder (IMAP and Microsoft accounts, whose {@code organization_unit} is {@code folder}).
 *
 * @param id the folder's ID
 * @param name the canonical name ({@code inbox}, {@code sent}, ...) or null for a user folder
 * @param displayName the name shown to the user
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Folder(String id, String name, String displayName) {}
