package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of {@code POST /oauth/token}: the new account's access token, for
 * {@code NylasClient.account(...)}. Its {@link #toString()} never shows the token.
 *
 * @param accessToken the account's access token
 * @param accountId the account's ID
 * @param emailAddress the account's address
 * @param provider the provider, e.g. {@code gmail}, {@code eas}, {@code imap}
 * @param tokenType {@code bearer}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HostedAuthToken(String accessToken, String accountId, String emailAddress, String provider,
    String tokenType) {
  @Override
  public String toString() {
    return "HostedAuthToken{accessToken=<redacted>, accountId=" + accountId + ", emailAddress=" + emailAddress
        + ", provider=" + provider + ", tokenType=" + tokenType + "}";
  }
}
