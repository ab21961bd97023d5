package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * How an event repeats.
 *
 * @param rrule RFC 5545 {@code RRULE} and {@code EXDATE} lines, e.g. {@code RRULE:FREQ=WEEKLY;BYDAY=MO}
 * @param timezone the IANA time zone the rules are read in
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventRecurrence(List<String> rrule, String timezone) {
  public EventRecurrence {
    rrule = Copies.listOrEmpty(rrule);
  }
}
