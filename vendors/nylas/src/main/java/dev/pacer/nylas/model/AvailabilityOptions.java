package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What both availability questions ({@link AvailabilityRequest}, {@link ConsecutiveAvailabilityRequest})
 * ask besides whose: how long the meeting is, in which window, at which step, and what else is
 * known. Immutable.
 *
 * @param durationMinutes the meeting's length in minutes
 * @param startTime the window's start, Unix seconds
 * @param endTime the window's end, Unix seconds
 * @param intervalMinutes the step between candidate start times, in minutes
 * @param freeBusy busy times of people outside the organisation (the reference requires the field:
 *     empty within one organisation)
 * @param openHours extra hours in which participants are available, or null
 * @param tentativeBusy whether tentative events count as busy (Exchange), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AvailabilityOptions(
    int durationMinutes,
    long startTime,
    long endTime,
    int intervalMinutes,
    List<FreeBusy> freeBusy,
    List<OpenHours> openHours,
    Boolean tentativeBusy) {
  /**
   * @throws IllegalArgumentException when a length is not positive or the window is empty
   */
  public AvailabilityOptions {
    if (durationMinutes < 1) throw new IllegalArgumentException("durationMinutes < 1: " + durationMinutes);
    if (intervalMinutes < 1) throw new IllegalArgumentException("intervalMinutes < 1: " + intervalMinutes);
    if (endTime <= startTime) throw new IllegalArgumentException("endTime <= startTime: " + startTime + " .. " + endTime);
    freeBusy = List.copyOf(Objects.requireNonNull(freeBusy, "freeBusy == null"));
    openHours = openHours == null ? null : List.copyOf(openHours);
  }

  /** A meeting of {@code duration} starting every {@code interval} between {@code start} and {@code end}, within one organisation. */
  public static AvailabilityOptions of(Duration duration, Instant start, Instant end, Duration interval) {
    return new AvailabilityOptions((int) duration.toMinutes(), start.getEpochSecond(), end.getEpochSecond(),
        (int) interval.toMinutes(), List.of(), null, null);
  }

  /** These options with {@code freeBusy} as the outside participants' busy times. */
  public AvailabilityOptions withFreeBusy(List<FreeBusy> freeBusy) {
    return new AvailabilityOptions(durationMinutes, startTime, endTime, intervalMinutes, freeBusy, openHours, tentativeBusy);
  }

  /** These options with {@code openHours}. */
  public AvailabilityOptions withOpenHours(List<OpenHours> openHours) {
    return new AvailabilityOptions(durationMinutes, startTime, endTime, intervalMinutes, freeBusy, openHours, tentativeBusy);
  }

  /** These options counting tentative events as busy, or not. */
  public AvailabilityOptions withTentativeBusy(boolean tentativeBusy) {
    return new AvailabilityOptions(durationMinutes, startTime, endTime, intervalMinutes, freeBusy, openHours, tentativeBusy);
  }
}
