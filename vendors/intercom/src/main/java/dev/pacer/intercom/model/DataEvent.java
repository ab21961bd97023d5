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
 * A data event: something a contact did, such as {@code ordered-item}. The body of {@code POST
 * /events} and an item of {@link IntercomList}. Send {@code created_at} to the second: Intercom
 * drops duplicates of the same contact, name and time (and still counts them against the rate
 * limit). Immutable.
 *
 * <pre>{@code
 * DataEvent.builder("ordered-item", Instant.ofEpochSecond(1671028894))
 *     .userId("314159")
 *     .metadata("order_number", "ORD-3")
 *     .build();
 * }</pre>
 *
 * @param type the object type, {@code event}, in responses; null in requests
 * @param eventName the event's name, e.g. {@code ordered-item}
 * @param createdAt when it happened
 * @param userId your user id of the contact, or null
 * @param id intercom's id of the contact (in requests), or null
 * @param intercomUserId intercom's id of the contact (in responses), or null
 * @param email the contact's email address, or null
 * @param metadata up to ten metadata keys, or null when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DataEvent(
    String type,
    String eventName,
    @UnixSeconds Instant createdAt,
    String userId,
    String id,
    String intercomUserId,
    String email,
    Map<String, Object> metadata) {
  public DataEvent {
    metadata = Copies.mapOrNull(metadata);
  }

  /** A builder for the event {@code eventName} that happened at {@code createdAt}. */
  public static Builder builder(String eventName, Instant createdAt) {
    return new Builder(eventName, createdAt);
  }

  @Override
  public String toString() {
    return "DataEvent{eventName=" + eventName + ", createdAt=" + createdAt + "}";
  }

  /** Builds a {@link DataEvent}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String eventName;
    private final Instant createdAt;
    private String userId;
    private String id;
    private String email;
    private Map<String, Object> metadata;

    private Builder(String eventName, Instant createdAt) {
      this.eventName = Objects.requireNonNull(eventName, "eventName == null");
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt == null");
      if (eventName.isBlank()) throw new IllegalArgumentException("eventName is blank");
    }

    /** Names the contact by your user id. */
    public Builder userId(String userId) { this.userId = userId; return this; }

    /** Names the contact by Intercom's id (required for leads). */
    public Builder contactId(String id) { this.id = id; return this; }

    /** Names the contact by email address. */
    public Builder email(String email) { this.email = email; return this; }

    /**
     * Adds a metadata key: a string, a number, a Unix time (key ending in {@code _date}), a link,
     * or a rich-link / money object as a map. Intercom keeps the first ten keys.
     */
    public Builder metadata(String key, Object value) {
      Objects.requireNonNull(key, "key == null");
      if (metadata == null) metadata = new LinkedHashMap<>();
      metadata.put(key, value);
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException if no contact is named by user id, Intercom id or email
     */
    public DataEvent build() {
      if (userId == null && id == null && email == null) {
        throw new IllegalStateException("event '" + eventName + "' names no contact: set userId, contactId or email");
      }
      return new DataEvent(null, eventName, createdAt, userId, id, null, email, metadata);
    }
  }
}
