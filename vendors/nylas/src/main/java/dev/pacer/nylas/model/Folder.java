package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A folder (IMAP and Microsoft accounts, whose {@code organization_unit} is {@code folder}).
 *
 * @param id the folder's ID
 * @param name the canonical name ({@code inbox}, {@code sent}, ...) or null for a user folder
 * @param displayName the name shown to the user
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Folder(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("display_name") String displayName) {}
