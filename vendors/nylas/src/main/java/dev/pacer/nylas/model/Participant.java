package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A name and email address pair, as Nylas writes senders, recipients and thread participants.
 *
 * @param name the display name; may be null or empty
 * @param email the email address
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Participant(String name, String email) {

  /** A participant with only an email address. */
  public static Participant of(String email) {
    return new Participant(null, Objects.requireNonNull(email, "email == null"));
  }

  /** A participant with a display name and an email address. */
  public static Participant of(String name, String email) {
    return new Participant(name, Objects.requireNonNull(email, "email == null"));
  }
}
