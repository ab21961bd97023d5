package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * A note an admin left on a contact or a company. Read-only.
 *
 * @param type the object type, {@code note}
 * @param id the note's id
 * @param createdAt when it was written (Unix seconds on the wire)
 * @param contact the contact it is about, or null
 * @param company the company it is about, or null
 * @param author the admin who wrote it
 * @param body the body as HTML
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Note(
    String type,
    String id,
    @UnixSeconds Instant createdAt,
    Reference contact,
    Reference company,
    Admin author,
    String body) {
  @Override
  public String toString() {
    return "Note{id=" + id + "}";
  }
}
