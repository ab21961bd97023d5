package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /oauth/token}: the last step of Nylas' hosted authentication, trading
 * the one-time code Nylas sent to the application's redirect URI for the account's access token.
 * Its {@link #toString()} never shows the secret or the code.
 *
 * @param clientId the application's client ID
 * @param clientSecret the application's client secret
 * @param grantType always {@code authorization_code}
 * @param code the code from the redirect
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CodeExchangeRequest(String clientId, String clientSecret, String grantType, String code) {
  /** The request for {@code code}, with the {@code authorization_code} grant. */
  public static CodeExchangeRequest of(String clientId, String clientSecret, String code) {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    return new CodeExchangeRequest(clientId, clientSecret, "authorization_code", Objects.requireNonNull(code, "code == null"));
  }

  @Override
  public String toString() {
    return "CodeExchangeRequest{clientId=" + clientId + ", clientSecret=<redacted>, grantType=" + grantType
        + ", code=<redacted>}";
  }
}
