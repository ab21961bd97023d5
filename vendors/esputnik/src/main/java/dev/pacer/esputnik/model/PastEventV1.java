package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * A past event for {@code POST /api/v1/past_events}; workflows are not started for it.
 *
 * @param eventTypeKey the event type; required
 * @param keyValue what makes the event unique; required
 * @param params the parameters (text values)
 * @param occurred when it happened: {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}; see {@link EventTimes}
 */
public record PastEventV1(String eventTypeKey, String keyValue, List<EventParam> params, String occurred) {

  /** Checks the required parts and copies the params. */
  public PastEventV1 {
    Objects.requireNonNull(eventTypeKey, "eventTypeKey == null");
    Objects.requireNonNull(keyValue, "keyValue == null");
    params = Copies.listOrNull(params);
  }
}
