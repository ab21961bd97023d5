package dev.pacer.nylas.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Filters and paging for {@code GET /events}. Every filter is an exact match; unset filters are
 * not sent; times go as Unix seconds. Immutable and thread-safe.
 *
 * <pre>{@code
 * EventFilter.builder().calendarId(calendar.id()).startsAfter(now).expandRecurring(true).build();
 * }</pre>
 */
public final class EventFilter extends ListFilter<EventFilter> {
  private EventFilter(Builder b) {
    super(b);
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every event that is not cancelled, in pages of Nylas' default size. */
  public static EventFilter none() {
    return new Builder().build();
  }

  @Override
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link EventFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends ListFilter.Builder<EventFilter, Builder> {
    private Builder() {
      super(EventFilter::new, "event_id", "calendar_id", "title", "description", "location", "starts_before",
          "starts_after", "ends_before", "ends_after", "metadata_key", "metadata_value", "metadata_pair", "busy",
          "expand_recurring", "show_cancelled");
    }

    /** The event with this ID. */
    public Builder eventId(String eventId) { return set("event_id", eventId); }

    /** Events of the calendar with this ID. */
    public Builder calendarId(String calendarId) { return set("calendar_id", calendarId); }

    /** Events with this title. */
    public Builder title(String title) { return set("title", title); }

    /** Events with this description. */
    public Builder description(String description) { return set("description", description); }

    /** Events at this location. */
    public Builder location(String location) { return set("location", location); }

    /** Events starting before this instant. */
    public Builder startsBefore(Instant startsBefore) { return setEpochSeconds("starts_before", startsBefore); }

    /** Events starting after this instant. */
    public Builder startsAfter(Instant startsAfter) { return setEpochSeconds("starts_after", startsAfter); }

    /** Events ending before this instant. */
    public Builder endsBefore(Instant endsBefore) { return setEpochSeconds("ends_before", endsBefore); }

    /** Events ending after this instant. */
    public Builder endsAfter(Instant endsAfter) { return setEpochSeconds("ends_after", endsAfter); }

    /** Events whose metadata has this key. */
    public Builder metadataKey(String metadataKey) { return set("metadata_key", metadataKey); }

    /** Events whose metadata has this value. */
    public Builder metadataValue(String metadataValue) { return set("metadata_value", metadataValue); }

    /** Events whose metadata maps {@code key} to {@code value} (sent as {@code key:value}). */
    public Builder metadataPair(String key, String value) {
      return set("metadata_pair", Objects.requireNonNull(key, "key == null") + ":" + Objects.requireNonNull(value, "value == null"));
    }

    /** Events that show as busy (true) or free (false). */
    public Builder busy(boolean busy) { return set("busy", busy); }

    /** Expand each recurring event into its occurrences. */
    public Builder expandRecurring(boolean expandRecurring) { return set("expand_recurring", expandRecurring); }

    /** Include cancelled events (Nylas' default: false). */
    public Builder showCancelled(boolean showCancelled) { return set("show_cancelled", showCancelled); }
  }
}
