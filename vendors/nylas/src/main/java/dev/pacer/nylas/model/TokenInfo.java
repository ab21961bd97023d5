package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What Nylas knows about an access token ({@code POST /a/{client_id}/accounts/{id}/token-info}).
 *
 * @param scopes the token's scopes, comma-separated as Nylas sends them
 * @param state {@code valid} or {@code invalid}
 * @param createdAt when the token was issued
 * @param updatedAt when the token last changed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenInfo(String scopes, String state, Instant createdAt, Instant updatedAt) {

  /** The scopes as a list, e.g. {@code [email.read_only, contacts]}; empty when none. */
  public List<String> scopeList() {
    if (scopes == null || scopes.isBlank()) return List.of();
    return Arrays.stream(scopes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
