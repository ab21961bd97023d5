package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationPart(
    String type,
    String id,
    String partType,
    String body,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    @UnixSeconds Instant notifiedAt,
    Reference assignedTo,
    Author author,
    List<Attachment> attachments,
    String externalId,
    Boolean redacted,
    String state) {
  public ConversationPart {
    attachments = Copies.listOrEmpty(attachments);
  }

  @Override
  public String toString() {
    return "ConversationPart{id=" + id + ", partType=" + partType + "}";
  }
}
