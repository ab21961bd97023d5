package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer to creating a connect token.
 *
 * @param success whether it was created
 * @param token the token
 * @param resourceUrl the token's URL
 * @param browserRedirectUrl where to send the user to connect their mailbox
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatedConnectToken(Boolean success, String token, String resourceUrl, String browserRedirectUrl) {}
