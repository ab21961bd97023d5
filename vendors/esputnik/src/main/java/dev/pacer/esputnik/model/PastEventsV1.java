package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * A batch of at most {@value #MAX_EVENTS} past events for {@code POST /api/v1/past_events}.
 *
 * @param events the events
 */
public record PastEventsV1(List<PastEventV1> events) {
  /** The most events one request may carry. */
  public static final int MAX_EVENTS = 500;

  /** Checks the batch size and copies the list. */
  public PastEventsV1 {
    Objects.requireNonNull(events, "events == null");
    if (events.size() > MAX_EVENTS) throw new IllegalArgumentException("events.size() > " + MAX_EVENTS + ": " + events.size());
    events = Copies.listOrNull(events);
  }
}
