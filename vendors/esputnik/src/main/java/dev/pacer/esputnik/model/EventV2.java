package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * An event for {@code POST /api/v2/event} (at most 20 KB). Parameter values may be nested JSON.
 * Without {@code keyValue}, eSputnik takes the key from the params in the order {@code
 * contactId}, {@code externalCustomerId}, {@code email}, {@code phone}, {@code pushToken}.
 *
 * @param eventTypeKey the event type, e.g. {@code PageViewed}; required
 * @param keyValue what makes the event unique; optional
 * @param params the parameters, including the contact's identifier
 */
public record EventV2(String eventTypeKey, String keyValue, List<EventV2Param> params) {

  /** Checks the type key and copies the params. */
  public EventV2 {
    Objects.requireNonNull(eventTypeKey, "eventTypeKey == null");
    params = Copies.listOrNull(params);
  }

  /** An event of {@code eventTypeKey} with {@code params} and no explicit key. */
  public static EventV2 of(String eventTypeKey, EventV2Param... params) {
    return new EventV2(eventTypeKey, null, List.of(params));
  }
}
