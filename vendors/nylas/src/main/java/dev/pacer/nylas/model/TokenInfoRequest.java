package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The body of {@code POST /a/{client_id}/accounts/{id}/token-info}. Its {@link #toString()} never
 * shows the token.
 *
 * @param accessToken the access token to look up
 */
public record TokenInfoRequest(@JsonProperty("access_token") String accessToken) {

  public TokenInfoRequest {
    Objects.requireNonNull(accessToken, "accessToken == null");
  }

  @Override
  public String toString() {
    return "TokenInfoRequest{accessToken=<redacted>}";
  }
}
