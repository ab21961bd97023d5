package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A participant of an event: a person, a room or a resource.
 *
 * @param name the full name, or null
 * @param email the address (required when sent)
 * @param status {@code yes}, {@code no}, {@code maybe} or {@code noreply} (Nylas' default), or null
 * @param comment the participant's comment, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventParticipant(String name, String email, String status, String comment) {
  /** A participant to invite: a name (or null) and an address. */
  public static EventParticipant of(String name, String email) {
    return new EventParticipant(name, email, null, null);
  }
}
