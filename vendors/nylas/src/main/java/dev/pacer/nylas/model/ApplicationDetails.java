package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The application's settings ({@code GET /a/{client_id}}, {@code POST /a/{client_id}}).
 *
 * @param applicationName the application's name
 * @param iconUrl the application's icon, may be null
 * @param redirectUris the OAuth redirect URIs allowed; never null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApplicationDetails(String applicationName, String iconUrl, List<String> redirectUris) {

  public ApplicationDetails {
    redirectUris = Copies.listOrEmpty(redirectUris);
  }
}
