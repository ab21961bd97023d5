package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code PUT /tickets/{id}}: only the fields set are sent. Immutable.
 *
 * <pre>{@code
 * TicketUpdate.builder().adminId(991268011L).ticketStateId("8498").assigneeId("991268013").build();
 * }</pre>
 *
 * @param ticketAttributes attributes to set, or null when none are sent
 * @param ticketStateId the new state's id, or null to leave it
 * @param companyId the Intercom id of the company to associate, or null to leave it
 * @param open false to close the ticket (which also unsnoozes it), or null to leave it
 * @param isShared whether customers can see the ticket, or null to leave it
 * @param snoozedUntil when the ticket should reopen (Unix seconds on the wire), or null
 * @param adminId the admin making the change (for workflows and attribution), or null
 * @param assigneeId the admin or team to assign ({@code "0"} unassigns), or null to leave it
 * @param skipNotifications true to send no notifications, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TicketUpdate(
    Map<String, Object> ticketAttributes,
    String ticketStateId,
    String companyId,
    Boolean open,
    Boolean isShared,
    @UnixSeconds Instant snoozedUntil,
    Long adminId,
    String assigneeId,
    Boolean skipNotifications) {
  public TicketUpdate {
    ticketAttributes = Copies.mapOrNull(ticketAttributes);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TicketUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private Map<String, Object> ticketAttributes;
    private String ticketStateId;
    private String companyId;
    private Boolean open;
    private Boolean isShared;
    private Instant snoozedUntil;
    private Long adminId;
    private String assigneeId;
    private Boolean skipNotifications;

    private Builder() {}

    /** Sets the ticket attribute {@code name}. */
    public Builder attribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (ticketAttributes == null) ticketAttributes = new LinkedHashMap<>();
      ticketAttributes.put(name, value);
      return this;
    }

    /** Moves the ticket to the state {@code ticketStateId}. */
    public Builder ticketStateId(String ticketStateId) { this.ticketStateId = ticketStateId; return this; }

    /** Associates the company with Intercom id {@code companyId}. */
    public Builder companyId(String companyId) { this.companyId = companyId; return this; }

    /** Opens or closes the ticket. */
    public Builder open(boolean open) { this.open = open; return this; }

    /** Shares the ticket with customers or hides it. */
    public Builder shared(boolean shared) { this.isShared = shared; return this; }

    /** Snoozes the ticket until {@code until}. */
    public Builder snoozedUntil(Instant until) { this.snoozedUntil = until; return this; }

    /** The admin making the change. */
    public Builder adminId(long adminId) { this.adminId = adminId; return this; }

    /** Assigns the ticket to the admin or team {@code assigneeId}; {@code "0"} unassigns. */
    public Builder assigneeId(String assigneeId) { this.assigneeId = assigneeId; return this; }

    /** Whether to send no notifications about the change. */
    public Builder skipNotifications(boolean skip) { this.skipNotifications = skip; return this; }

    /** Builds the update. */
    public TicketUpdate build() {
      return new TicketUpdate(ticketAttributes, ticketStateId, companyId, open, isShared, snoozedUntil, adminId,
          assigneeId, skipNotifications);
    }
  }
}
