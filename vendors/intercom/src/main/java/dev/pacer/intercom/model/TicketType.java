package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The type of a ticket, from {@code /ticket_types} or embedded in a {@link Ticket}. Typed to its
 * identifying fields; the type's attribute definitions ({@code ticket_type_attributes}) and its
 * list of states are not read. Read-only.
 *
 * @param type the object type, {@code ticket_type}
 * @param id the ticket type's id
 * @param category {@code Customer}, {@code Back-office} or {@code Tracker}
 * @param name the name
 * @param description the description
 * @param icon the icon (an emoji)
 * @param workspaceId the workspace's id
 * @param archived whether the type is archived
 * @param createdAt when it was created (Unix seconds on the wire)
 * @param updatedAt when it was last updated (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketType(
    String type,
    String id,
    String category,
    String name,
    String description,
    String icon,
    String workspaceId,
    Boolean archived,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt) {}
