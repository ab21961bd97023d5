package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The body of {@code POST /contacts/{id}/notes}.
 *
 * @param body the note's text (HTML allowed)
 * @param adminId the author's admin id; null for the admin the access token belongs to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NoteRequest(String body, String adminId) {
  public NoteRequest {
    Objects.requireNonNull(body, "body == null");
  }
}
