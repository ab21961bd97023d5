package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Map;

/**
 * A calendar event ({@code GET /events}, {@code GET /events/{id}}, and the answer of
 * {@code POST /events}, {@code PUT /events/{id}} and {@code POST /send-rsvp}). The reference
 * gives {@code conferencing} and {@code notifications} several alternative shapes; they are kept
 * as raw JSON. Lists and maps are never null (empty when absent).
 *
 * @param id the event's ID
 * @param object always {@code event}
 * @param accountId the account the event belongs to
 * @param calendarId the calendar holding the event
 * @param icalUid the RFC 5545 UID that names the event across calendar systems, or null
 * @param messageId the message that carried the event's iCalendar file, or null
 * @param title the title
 * @param description the description or agenda, or null
 * @param location the place or room, or null
 * @param owner the organiser, usually {@code Name <address>}
 * @param participants who is invited
 * @param readOnly whether the event can be changed
 * @param busy whether the event's time shows as busy
 * @param status {@code confirmed}, {@code tentative} or {@code cancelled}
 * @param when when the event happens
 * @param recurrence how it repeats, or null
 * @param conferencing the video-conference details or autocreate request, as raw JSON, or null
 * @param visibility {@code public}, {@code private} or null (Google and Microsoft)
 * @param metadata the application's key-value metadata
 * @param jobStatusId the background job of a create or update, or null
 * @param notifications reminders (email, SMS or webhook), each as raw JSON
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Event(
    String id,
    String object,
    String accountId,
    String calendarId,
    String icalUid,
    String messageId,
    String title,
    String description,
    String location,
    String owner,
    List<EventParticipant> participants,
    Boolean readOnly,
    Boolean busy,
    String status,
    EventWhen when,
    EventRecurrence recurrence,
    JsonNode conferencing,
    String visibility,
    Map<String, String> metadata,
    String jobStatusId,
    List<JsonNode> notifications) {
  public Event {
    participants = Copies.listOrEmpty(participants);
    metadata = Copies.mapOrEmpty(metadata);
    notifications = Copies.listOrEmpty(notifications);
  }
}
