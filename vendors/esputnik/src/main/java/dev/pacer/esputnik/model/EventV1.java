package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * An event for {@code POST /api/v1/event} (at most 20 KB). Without {@code keyValue}, the params
 * must identify the contact ({@code contactId}, {@code externalCustomerId}, {@code email},
 * {@code phone} or {@code pushToken}).
 *
 * @param eventTypeKey the event type, at most 100 characters; a new type is created if unknown; required
 * @param keyValue what makes the event unique (an email, a phone, an external ID), at most 300 characters
 * @param params the parameters
 */
public record EventV1(String eventTypeKey, String keyValue, List<EventParam> params) {

  /** Checks the type key and copies the params. */
  public EventV1 {
    Objects.requireNonNull(eventTypeKey, "eventTypeKey == null");
    params = Copies.listOrNull(params);
  }

  /** An event of {@code eventTypeKey} keyed by {@code keyValue} with {@code params}. */
  public static EventV1 of(String eventTypeKey, String keyValue, EventParam... params) {
    return new EventV1(eventTypeKey, keyValue, params.length == 0 ? null : List.of(params));
  }
}
