package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /calendars} (which needs a name) and {@code PUT /calendars/{id}}
 * (iCloud accounts can change only the name). Fields left null are not sent.
 *
 * @param name the calendar's name
 * @param description its description, or null
 * @param location its location as free-form text, or null
 * @param timezone an IANA time zone such as {@code America/New_York} (not for iCloud), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CalendarInput(String name, String description, String location, String timezone) {
  /** A calendar with only a name. */
  public static CalendarInput named(String name) {
    return new CalendarInput(name, null, null, null);
  }
}
