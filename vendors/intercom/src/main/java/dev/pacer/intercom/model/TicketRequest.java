package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /tickets}: a ticket of a ticket type about one contact. Immutable.
 *
 * <pre>{@code
 * TicketRequest.builder("88", TicketRequest.ContactRef.id("6762f2d81bb69f9f2193bc54"))
 *     .attribute("_default_title_", "Printer on fire")
 *     .build();
 * }</pre>
 *
 * @param ticketTypeId the id of the ticket type
 * @param contacts the contacts the ticket is about (Intercom accepts one)
 * @param conversationToLinkId the id of a conversation to link, or null
 * @param companyId the Intercom id of the company to associate, or null
 * @param createdAt when the ticket was created, or null for now
 * @param ticketAttributes the ticket's attributes by name, or null when none are sent
 * @param assignment the admin and/or team to assign, or null to leave it unassigned
 * @param skipNotifications true to send no notifications, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketRequest(
    String ticketTypeId,
    List<ContactRef> contacts,
    String conversationToLinkId,
    String companyId,
    @UnixSeconds Instant createdAt,
    Map<String, Object> ticketAttributes,
    Assignment assignment,
    Boolean skipNotifications) {
  public TicketRequest {
    Objects.requireNonNull(ticketTypeId, "ticketTypeId == null");
    Objects.requireNonNull(contacts, "contacts == null");
    contacts = List.copyOf(contacts);
    ticketAttributes = Copies.mapOrNull(ticketAttributes);
  }

  /** A builder for a ticket of the type {@code ticketTypeId} about {@code contact}. */
  public static Builder builder(String ticketTypeId, ContactRef contact) {
    return new Builder(ticketTypeId, contact);
  }

  @Override
  public String toString() {
    return "TicketRequest{ticketTypeId=" + ticketTypeId + "}";
  }

  /**
   * The contact a ticket is about, named one of three ways; exactly one component is set.
   *
   * @param id the contact's Intercom id, or null
   * @param externalId your external id of the contact, or null
   * @param email the contact's email address (a lead is created when none matches), or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ContactRef(String id, String externalId, String email) {
    /** The contact with Intercom id {@code id}. */
    public static ContactRef id(String id) {
      return new ContactRef(Objects.requireNonNull(id, "id == null"), null, null);
    }

    /** The contact with your external id {@code externalId}. */
    public static ContactRef externalId(String externalId) {
      return new ContactRef(null, Objects.requireNonNull(externalId, "externalId == null"), null);
    }

    /** The contact with email address {@code email}. */
    public static ContactRef email(String email) {
      return new ContactRef(null, null, Objects.requireNonNull(email, "email == null"));
    }

    @Override
    public String toString() {
      return id != null ? "ContactRef{id=" + id + "}" : externalId != null ? "ContactRef{externalId=" + externalId + "}"
          : "ContactRef{email}";
    }
  }

  /**
   * Whom a new ticket is assigned to.
   *
   * @param adminAssigneeId the admin's id, or null
   * @param teamAssigneeId the team's id, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Assignment(String adminAssigneeId, String teamAssigneeId) {}

  /** Builds a {@link TicketRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String ticketTypeId;
    private final ContactRef contact;
    private String conversationToLinkId;
    private String companyId;
    private Instant createdAt;
    private Map<String, Object> ticketAttributes;
    private Assignment assignment;
    private Boolean skipNotifications;

    private Builder(String ticketTypeId, ContactRef contact) {
      this.ticketTypeId = Objects.requireNonNull(ticketTypeId, "ticketTypeId == null");
      this.contact = Objects.requireNonNull(contact, "contact == null");
    }

    /** Sets the ticket attribute {@code name}, e.g. {@code _default_title_}. */
    public Builder attribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (ticketAttributes == null) ticketAttributes = new LinkedHashMap<>();
      ticketAttributes.put(name, value);
      return this;
    }

    /** Links the conversation {@code conversationId} to the new ticket. */
    public Builder conversationToLinkId(String conversationId) { this.conversationToLinkId = conversationId; return this; }

    /** The Intercom id of the company to associate. */
    public Builder companyId(String companyId) { this.companyId = companyId; return this; }

    /** When the ticket was created; default now. */
    public Builder createdAt(Instant createdAt) { this.createdAt = createdAt; return this; }

    /** Assigns the ticket to the admin {@code adminId} and/or the team {@code teamId} (either may be null). */
    public Builder assign(String adminId, String teamId) {
      this.assignment = adminId == null && teamId == null ? null : new Assignment(adminId, teamId);
      return this;
    }

    /** Whether to send no notifications about the new ticket. */
    public Builder skipNotifications(boolean skip) { this.skipNotifications = skip; return this; }

    /** Builds the request. */
    public TicketRequest build() {
      return new TicketRequest(ticketTypeId, List.of(contact), conversationToLinkId, companyId, createdAt,
          ticketAttributes, assignment, skipNotifications);
    }
  }
}
