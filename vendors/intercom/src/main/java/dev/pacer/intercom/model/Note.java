package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * A note an admin left on a contact or a company. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Note {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("contact") private Reference contact;
  @JsonProperty("company") private Reference company;
  @JsonProperty("author") private Admin author;
  @JsonProperty("body") private String body;

  private Note() {}

  /** The object type, {@code note}. */
  public String type() {
    return type;
  }

  /** The note's id. */
  public String id() {
    return id;
  }

  /** When it was written (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** The contact it is about, or null. */
  public Reference contact() {
    return contact;
  }

  /** The company it is about, or null. */
  public Reference company() {
    return company;
  }

  /** The admin who wrote it. */
  public Admin author() {
    return author;
  }

  /** The body as HTML. */
  public String body() {
    return body;
  }

  @Override
  public String toString() {
    return "Note{id=" + id + "}";
  }
}
