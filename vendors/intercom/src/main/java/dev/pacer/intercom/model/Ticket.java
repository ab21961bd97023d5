package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as Intercom returns it from {@code /tickets} and from converting a conversation.
 * Read-only.
 *
 * @param type the object type, {@code ticket}
 * @param id Intercom's id of the ticket, the one the API takes
 * @param ticketId the number shown in the Inbox and Messenger (not for API calls)
 * @param category {@code Customer}, {@code Back-office} or {@code Tracker}
 * @param ticketAttributes the ticket's attributes by name ({@code _default_title_}, {@code
 *     _default_description_} and the ticket type's own); empty when absent
 * @param ticketState the ticket's state, or null
 * @param ticketType the ticket's type, or null
 * @param contacts the contacts the ticket is about, or null
 * @param adminAssigneeId the assigned admin's id, 0 when none
 * @param teamAssigneeId the assigned team's id, 0 when none
 * @param createdAt when the ticket was created (Unix seconds on the wire)
 * @param updatedAt when the ticket was last updated (Unix seconds on the wire)
 * @param open whether the ticket is open
 * @param snoozedUntil until when the ticket is snoozed, or null (Unix seconds on the wire)
 * @param linkedObjects the conversations and tickets linked to it, or null
 * @param ticketParts the notes and events of the ticket (at most 500), or null
 * @param isShared whether the ticket is shared with the customer
 * @param previousTicketStateId the state before the most recent change, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Ticket(
    String type,
    String id,
    String ticketId,
    String category,
    Map<String, Object> ticketAttributes,
    TicketState ticketState,
    TicketType ticketType,
    ConversationContacts contacts,
    Long adminAssigneeId,
    Long teamAssigneeId,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    Boolean open,
    @UnixSeconds Instant snoozedUntil,
    LinkedObjects linkedObjects,
    TicketParts ticketParts,
    Boolean isShared,
    String previousTicketStateId) {
  public Ticket {
    ticketAttributes = Copies.mapOrEmpty(ticketAttributes);
  }

  @Override
  public String toString() {
    return "Ticket{id=" + id + ", ticketId=" + ticketId + "}";
  }

  /**
   * The {@code ticket_parts} of a ticket.
   *
   * @param type the object type, {@code ticket_part.list}
   * @param ticketParts the parts, oldest first; empty when absent
   * @param totalCount how many parts there are
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record TicketParts(String type, List<TicketPart> ticketParts, Integer totalCount) {
    public TicketParts {
      ticketParts = Copies.listOrEmpty(ticketParts);
    }
  }

  /**
   * The conversations and tickets linked to a ticket or conversation (up to 1,000).
   *
   * @param type the object type, {@code list}
   * @param totalCount how many objects are linked
   * @param hasMore whether more are linked than listed
   * @param data the linked objects; empty when absent
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record LinkedObjects(String type, Integer totalCount, Boolean hasMore, List<LinkedObject> data) {
    public LinkedObjects {
      data = Copies.listOrEmpty(data);
    }
  }

  /**
   * One linked conversation or ticket.
   *
   * @param type {@code ticket} or {@code conversation}
   * @param id its id
   * @param category a linked ticket's category, or null
   */
  public record LinkedObject(String type, String id, String category) {}
}
