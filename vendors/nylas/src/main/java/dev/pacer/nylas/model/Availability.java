package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer of {@code POST /calendars/availability}: the candidate meeting times.
 *
 * @param object always {@code availability}
 * @param timeSlots the candidate slots (status {@code free}), never null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Availability(String object, List<TimeSlot> timeSlots) {
  public Availability {
    timeSlots = Copies.listOrEmpty(timeSlots);
  }
}
