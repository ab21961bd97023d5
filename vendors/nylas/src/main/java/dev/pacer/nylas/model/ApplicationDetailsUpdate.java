package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /a/{client_id}}: the application's new name and redirect URIs (both
 * required by Nylas).
 *
 * @param applicationName the new name
 * @param redirectUris the complete new list of OAuth redirect URIs
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplicationDetailsUpdate(String applicationName, List<String> redirectUris) {

  public ApplicationDetailsUpdate {
    Objects.requireNonNull(applicationName, "applicationName == null");
    redirectUris = List.copyOf(Objects.requireNonNull(redirectUris, "redirectUris == null"));
  }
}
