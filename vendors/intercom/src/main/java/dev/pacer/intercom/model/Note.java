package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
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
public record Note(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("contact") Reference contact,
    @JsonProperty("company") Reference company,
    @JsonProperty("author") Admin author,
    @JsonProperty("body") String body) {
  @Override
  public String toString() {
    return "Note{id=" + id + "}";
  }
}
