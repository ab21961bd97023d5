package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * One meeting of a consecutive-availability answer. {@code POST /calendars/availability/consecutive}
 * answers a list of itineraries, each a list of these back-to-back meetings (the reference's
 * example; its schema draws each itinerary as an object keyed {@code "0"}, which its example does
 * not follow).
 *
 * @param emails who is free for this meeting
 * @param startTime the meeting's start (Unix seconds on the wire)
 * @param endTime the meeting's end (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConsecutiveSlot(List<String> emails, Instant startTime, Instant endTime) {
  public ConsecutiveSlot {
    emails = Copies.listOrEmpty(emails);
  }
}
