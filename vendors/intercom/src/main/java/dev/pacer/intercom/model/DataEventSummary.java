package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * Per-event counts for one contact, from {@code GET /events?type=user&summary=true}.
 *
 * @param type the object type, {@code event.summary}
 * @param email the contact's email address
 * @param intercomUserId Intercom's id of the contact
 * @param userId your id of the contact
 * @param events one summary per event name; empty when absent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DataEventSummary(
    String type,
    String email,
    String intercomUserId,
    String userId,
    List<Item> events) {
  public DataEventSummary {
    events = Copies.listOrEmpty(events);
  }

  /**
   * How often one event happened.
   *
   * @param name the event's name
   * @param first when it first happened, as Intercom formats it (an ISO 8601 string)
   * @param last when it last happened, as Intercom formats it
   * @param count how many times it happened
   * @param description the event's description, or null
   */
  public record Item(String name, String first, String last, Long count, String description) {}
}
