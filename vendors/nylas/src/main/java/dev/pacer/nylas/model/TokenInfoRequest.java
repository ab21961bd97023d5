package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /a/{client_id}/accounts/{id}/token-info}. Its {@link #toString()} never
 * shows the token.
 *
 * @param accessToken the access token to look up
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenInfoRequest(String accessToken) {

  public TokenInfoRequest {
    Objects.requireNonNull(accessToken, "accessToken == null");
  }

  @Override
  public String toString() {
    return "TokenInfoRequest{accessToken=<redacted>}";
  }
}
