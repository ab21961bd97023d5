package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * A past event for {@code POST /api/v2/past_events}; parameter values may be nested JSON.
 *
 * @param eventTypeKey the event type; required
 * @param keyValue what makes the event unique; required
 * @param params the parameters
 * @param occurred when it happened: {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}; see {@link EventTimes}
 */
public record PastEventV2(String eventTypeKey, String keyValue, List<EventV2Param> params, String occurred) {

  /** Checks the required parts and copies the params. */
  public PastEventV2 {
    Objects.requireNonNull(eventTypeKey, "eventTypeKey == null");
    Objects.requireNonNull(keyValue, "keyValue == null");
    params = Copies.listOrNull(params);
  }
}
