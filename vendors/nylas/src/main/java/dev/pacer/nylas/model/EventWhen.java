package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happens: one of the reference's four shapes, each a different set of these
 * fields (the rest null): a <em>time</em> ({@code time}, {@code timezone}: a moment, such as a
 * reminder), a <em>timespan</em> ({@code start_time}, {@code end_time}, optionally
 * {@code start_timezone} and {@code end_timezone} together), a <em>date</em> ({@code date}) or a
 * <em>datespan</em> ({@code start_date}, {@code end_date}). Times are Unix seconds, as on the
 * wire; dates ISO 8601 text. Build one with the factories.
 *
 * @param time a moment (time shape), or null
 * @param timezone the IANA time zone of {@code time}, or null
 * @param startTime the start (timespan shape), or null
 * @param endTime the end (timespan shape), or null
 * @param startTimezone the start's IANA time zone, or null
 * @param endTimezone the end's IANA time zone, or null
 * @param date the day (date shape), or null
 * @param startDate the first day (datespan shape), or null
 * @param endDate the last day (datespan shape), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventWhen(
    Long time,
    String timezone,
    Long startTime,
    Long endTime,
    String startTimezone,
    String endTimezone,
    String date,
    String startDate,
    String endDate) {

  /** A moment without duration. */
  public static EventWhen time(Instant time) {
    return new EventWhen(time.getEpochSecond(), null, null, null, null, null, null, null, null);
  }

  /**
   * From {@code start} to {@code end}.
   *
   * @throws IllegalArgumentException when {@code end} is before {@code start}
   */
  public static EventWhen timespan(Instant start, Instant end) {
    if (end.isBefore(start)) throw new IllegalArgumentException("end is before start: " + start + " .. " + end);
    return new EventWhen(null, null, start.getEpochSecond(), end.getEpochSecond(), null, null, null, null, null);
  }

  /** A whole day, such as a birthday. */
  public static EventWhen date(LocalDate date) {
    return new EventWhen(null, null, null, null, null, null, date.toString(), null, null);
  }

  /**
   * Whole days from {@code first} to {@code last}.
   *
   * @throws IllegalArgumentException when {@code last} is before {@code first}
   */
  public static EventWhen datespan(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) throw new IllegalArgumentException("last is before first: " + first + " .. " + last);
    return new EventWhen(null, null, null, null, null, null, null, first.toString(), last.toString());
  }

  /** This timespan with both ends in IANA time zone {@code zone} (the reference sends them together). */
  public EventWhen inZone(String zone) {
    Objects.requireNonNull(zone, "zone == null");
    if (startTime == null) throw new IllegalStateException("not a timespan: " + this);
    return new EventWhen(time, timezone, startTime, endTime, zone, zone, date, startDate, endDate);
  }
}
