package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.List;

/**
 * One part of a conversation: a reply, a note, or an action such as an assignment or a close.
 * Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ConversationPart {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("part_type") private String partType;
  @JsonProperty("body") private String body;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("notified_at") @UnixSeconds private Instant notifiedAt;
  @JsonProperty("assigned_to") private Reference assignedTo;
  @JsonProperty("author") private Author author;
  @JsonProperty("attachments") private List<Attachment> attachments;
  @JsonProperty("external_id") private String externalId;
  @JsonProperty("redacted") private Boolean redacted;
  @JsonProperty("state") private String state;

  private ConversationPart() {}

  /** The object type, {@code conversation_part}. */
  public String type() {
    return type;
  }

  /** The part's id. */
  public String id() {
    return id;
  }

  /** What the part is, e.g. {@code comment}, {@code note}, {@code assignment}, {@code close}. */
  public String partType() {
    return partType;
  }

  /** The body as HTML, or null for actions. */
  public String body() {
    return body;
  }

  /** When the part was created (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the part was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** When the contact was notified (Unix seconds on the wire). */
  public Instant notifiedAt() {
    return notifiedAt;
  }

  /** Who the conversation was assigned to by this part, or null. */
  public Reference assignedTo() {
    return assignedTo;
  }

  /** Who wrote or did it. */
  public Author author() {
    return author;
  }

  /** Its attachments; empty when absent. */
  public List<Attachment> attachments() {
    return Collections2.view(attachments);
  }

  /** An id from an external system, or null. */
  public String externalId() {
    return externalId;
  }

  /** Whether it was redacted. */
  public Boolean redacted() {
    return redacted;
  }

  /** The conversation's state after this part. */
  public String state() {
    return state;
  }

  @Override
  public String toString() {
    return "ConversationPart{id=" + id + ", partType=" + partType + "}";
  }
}
