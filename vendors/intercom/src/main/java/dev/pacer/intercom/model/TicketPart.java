package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * One part of a ticket: a note, a comment, a state change or an assignment; also what {@code
 * POST /tickets/{id}/reply} answers. Read-only.
 *
 * @param type the object type, {@code ticket_part}
 * @param id the part's id
 * @param partType e.g. {@code note}, {@code comment}, {@code quick_reply}, {@code ticket_state_updated_by_admin}
 * @param body the body as HTML, or null
 * @param previousTicketState the ticket's state before this part, or null
 * @param ticketState the ticket's state after this part, or null
 * @param createdAt when the part was created (Unix seconds on the wire)
 * @param updatedAt when the part was last updated (Unix seconds on the wire)
 * @param assignedTo the admin or team assigned by this part, or null
 * @param author who wrote or triggered the part
 * @param attachments the attached files; empty when absent
 * @param externalId the part's external id, or null
 * @param redacted whether the part was redacted
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketPart(
    String type,
    String id,
    String partType,
    String body,
    String previousTicketState,
    String ticketState,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    Reference assignedTo,
    Author author,
    List<Attachment> attachments,
    String externalId,
    Boolean redacted) {
  public TicketPart {
    attachments = Copies.listOrEmpty(attachments);
  }

  @Override
  public String toString() {
    return "TicketPart{id=" + id + ", partType=" + partType + "}";
  }
}
