package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One address's busy times ({@code POST /calendars/free-busy}).
 *
 * @param object always {@code free_busy}
 * @param email the address these times belong to
 * @param timeSlots the busy slots, never null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FreeBusy(String object, String email, List<TimeSlot> timeSlots) {
  public FreeBusy {
    timeSlots = Copies.listOrEmpty(timeSlots);
  }
}
