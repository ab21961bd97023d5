package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to creating a user (the exact shape is not documented; unknown fields are ignored).
 *
 * @param success whether the user was created
 * @param id the new user's ID
 * @param resourceUrl the new user's URL
 * @param emailAccount the email account created with it, when server settings were given
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatedUser(Boolean success, String id, String resourceUrl, CreatedEmailAccount emailAccount) {}
