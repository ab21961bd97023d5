package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A label (Gmail accounts, whose {@code organization_unit} is {@code label}).
 *
 * @param id the label's ID
 * @param name the canonical name ({@code inbox}, {@code important}, ...) or null for a user label
 * @param displayName the name shown to the user
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Label(String id, String name, String displayName) {}
