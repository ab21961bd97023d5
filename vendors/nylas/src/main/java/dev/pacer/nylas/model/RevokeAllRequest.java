package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /a/{client_id}/accounts/{id}/revoke-all}. Its {@link #toString()} never
 * shows the token.
 *
 * @param keepAccessToken a token to keep valid while all others are revoked, or null to revoke all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RevokeAllRequest(String keepAccessToken) {

  @Override
  public String toString() {
    return "RevokeAllRequest{keepAccessToken=" + (keepAccessToken == null ? "null" : "<redacted>") + "}";
  }
}
