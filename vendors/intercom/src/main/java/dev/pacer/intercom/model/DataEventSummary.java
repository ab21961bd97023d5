package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record DataEventSummary(
    @JsonProperty("type") String type,
    @JsonProperty("email") String email,
    @JsonProperty("intercom_user_id") String intercomUserId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("events") List<Item> events) {
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
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(
      @JsonProperty("name") String name,
      @JsonProperty("first") String first,
      @JsonProperty("last") String last,
      @JsonProperty("count") Long count,
      @JsonProperty("description") String description) {}
}
