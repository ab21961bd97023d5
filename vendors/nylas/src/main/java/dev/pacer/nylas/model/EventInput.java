package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /events} and {@code PUT /events/{id}}; the reference requires
 * {@code calendar_id} and {@code when}. Fields left unset are not sent. Immutable and
 * thread-safe; the JSON parts ({@code conferencing}, {@code notifications}) are copied in and
 * out.
 *
 * <pre>{@code
 * EventInput.builder()
 *     .calendarId(calendar.id())
 *     .title("Launch review")
 *     .when(EventWhen.timespan(start, start.plus(Duration.ofHours(1))))
 *     .participants(List.of(EventParticipant.of("Ada", "ada@example.com")))
 *     .build();
 * }</pre>
 *
 * @param title the title, or null
 * @param calendarId the calendar to put the event in
 * @param busy whether the time shows as busy, or null
 * @param readOnly whether the event is read-only, or null
 * @param participants who to invite, or null
 * @param description the description or agenda, or null
 * @param when when the event happens
 * @param location the place or room, or null
 * @param recurrence how it repeats, or null
 * @param conferencing conference details or an autocreate request, as raw JSON, or null
 * @param reminderMinutes {@code POST} only: minutes before the start to remind, in the
 *     reference's {@code "[10]"} text form, or null
 * @param reminderMethod {@code POST} only: {@code email}, {@code popup}, {@code display} or
 *     {@code sound}, or null
 * @param metadata the application's key-value metadata, or null
 * @param notifications reminders (email, SMS or webhook), each as raw JSON, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventInput(
    String title,
    String calendarId,
    Boolean busy,
    Boolean readOnly,
    List<EventParticipant> participants,
    String description,
    EventWhen when,
    String location,
    EventRecurrence recurrence,
    JsonNode conferencing,
    String reminderMinutes,
    String reminderMethod,
    Map<String, String> metadata,
    List<JsonNode> notifications) {
  public EventInput {
    participants = Copies.listOrNull(participants);
    conferencing = conferencing == null ? null : conferencing.deepCopy();
    metadata = Copies.mapOrNull(metadata);
    notifications = notifications == null ? null : notifications.stream().<JsonNode>map(JsonNode::deepCopy).toList();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The conferencing JSON, or null; a copy. */
  @Override
  public JsonNode conferencing() {
    return conferencing == null ? null : conferencing.deepCopy();
  }

  /** The notifications, or null; copies. */
  @Override
  public List<JsonNode> notifications() {
    return notifications == null ? null : notifications.stream().<JsonNode>map(JsonNode::deepCopy).toList();
  }

  /** Builds an {@link EventInput}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String title;
    private String calendarId;
    private Boolean busy;
    private Boolean readOnly;
    private List<EventParticipant> participants;
    private String description;
    private EventWhen when;
    private String location;
    private EventRecurrence recurrence;
    private JsonNode conferencing;
    private String reminderMinutes;
    private String reminderMethod;
    private Map<String, String> metadata;
    private List<JsonNode> notifications;

    private Builder() {}

    /** The title. */
    public Builder title(String title) { this.title = title; return this; }

    /** The calendar to put the event in (required). */
    public Builder calendarId(String calendarId) { this.calendarId = calendarId; return this; }

    /** Whether the time shows as busy. */
    public Builder busy(boolean busy) { this.busy = busy; return this; }

    /** Whether the event is read-only. */
    public Builder readOnly(boolean readOnly) { this.readOnly = readOnly; return this; }

    /** Who to invite. */
    public Builder participants(List<EventParticipant> participants) { this.participants = participants; return this; }

    /** The description or agenda. */
    public Builder description(String description) { this.description = description; return this; }

    /** When the event happens (required). */
    public Builder when(EventWhen when) { this.when = when; return this; }

    /** The place or room. */
    public Builder location(String location) { this.location = location; return this; }

    /** How the event repeats. */
    public Builder recurrence(EventRecurrence recurrence) { this.recurrence = recurrence; return this; }

    /** Conference details or an autocreate request, as the reference shapes them. */
    public Builder conferencing(JsonNode conferencing) { this.conferencing = conferencing; return this; }

    /** {@code POST} only: minutes before the start to remind, as text such as {@code "[10]"}. */
    public Builder reminderMinutes(String reminderMinutes) { this.reminderMinutes = reminderMinutes; return this; }

    /** {@code POST} only: {@code email}, {@code popup}, {@code display} or {@code sound}. */
    public Builder reminderMethod(String reminderMethod) { this.reminderMethod = reminderMethod; return this; }

    /** The application's key-value metadata. */
    public Builder metadata(Map<String, String> metadata) { this.metadata = metadata; return this; }

    /** Reminders (email, SMS or webhook), as the reference shapes them. */
    public Builder notifications(List<JsonNode> notifications) { this.notifications = notifications; return this; }

    /** Builds the input. */
    public EventInput build() {
      return new EventInput(title, calendarId, busy, readOnly, participants, description, when, location,
          recurrence, conferencing, reminderMinutes, reminderMethod, metadata, notifications);
    }
  }
}
