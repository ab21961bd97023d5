package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/convert}: turns a conversation into a ticket of a
 * ticket type. Immutable.
 *
 * @param ticketTypeId the id of the ticket type
 * @param ticketStateId the id of the ticket state to start in, or null for the type's default
 * @param attributes the ticket's attributes ({@code _default_title_}, {@code
 *     _default_description_} and the type's own), or null when none are sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConvertToTicketRequest(String ticketTypeId, String ticketStateId, Map<String, Object> attributes) {
  public ConvertToTicketRequest {
    Objects.requireNonNull(ticketTypeId, "ticketTypeId == null");
    attributes = Copies.mapOrNull(attributes);
  }

  /** Converts to a ticket of the type {@code ticketTypeId} with no attributes set. */
  public static ConvertToTicketRequest of(String ticketTypeId) {
    return new ConvertToTicketRequest(ticketTypeId, null, null);
  }
}
