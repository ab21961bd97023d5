package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * One part of a conversation: a reply, a note, or an action such as an assignment or a close.
 * Read-only.
 *
 * @param type the object type, {@code conversation_part}
 * @param id the part's id
 * @param partType what the part is, e.g. {@code comment}, {@code note}, {@code assignment}, {@code close}
 * @param body the body as HTML, or null for actions
 * @param createdAt when the part was created (Unix seconds on the wire)
 * @param updatedAt when the part was last updated (Unix seconds on the wire)
 * @param notifiedAt when the contact was notified (Unix seconds on the wire)
 * @param assignedTo who the conversation was assigned to by this part, or null
 * @param author who wrote or did it
 * @param attachments its attachments; empty when absent
 * @param externalId an id from an external system, or null
 * @param redacted whether it was redacted
 * @param state the conversation's state after this part
 */
public record ConversationPart(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("part_type") String partType,
    @JsonProperty("body") String body,
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("updated_at") @UnixSeconds Instant updatedAt,
    @JsonProperty("notified_at") @UnixSeconds Instant notifiedAt,
    @JsonProperty("assigned_to") Reference assignedTo,
    @JsonProperty("author") Author author,
    @JsonProperty("attachments") List<Attachment> attachments,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("redacted") Boolean redacted,
    @JsonProperty("state") String state) {
  public ConversationPart {
    attachments = Copies.listOrEmpty(attachments);
  }

  @Override
  public String toString() {
    return "ConversationPart{id=" + id + ", partType=" + partType + "}";
  }
}
