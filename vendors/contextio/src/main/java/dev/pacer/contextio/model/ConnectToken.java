package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A connect token: a one-time link that lets a user connect a mailbox (OAuth2 or password)
 * through Context.IO's own pages, then returns them to your {@code callbackUrl}. Context.IO's
 * documents do not show every field; unknown ones are ignored.
 *
 * @param token the token
 * @param email the email address it was made for
 * @param created when it was created, Unix seconds
 * @param used when it was used, Unix seconds; 0 or null if not yet
 * @param expires when it expires, Unix seconds, or false-y when it does not
 * @param callbackUrl where the user is sent afterwards
 * @param browserRedirectUrl where to send the user to connect
 * @param firstName the first name given
 * @param lastName the last name given
 * @param user the user it created, once used, as sent
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConnectToken(String token, String email, Long created, Long used, JsonNode expires, String callbackUrl,
    String browserRedirectUrl, String firstName, String lastName, JsonNode user, String resourceUrl) {}
