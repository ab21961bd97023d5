package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /calendars/availability/consecutive}: back-to-back meetings, one per
 * group of {@code emails}, in any order ({@code [[a], [b], [c]]}: three meetings, one with each;
 * {@code [[a, b, c]]}: one meeting with all three). Not supported for iCloud accounts.
 *
 * @param options the meetings' length, window, step and extra data
 * @param emails the groups, one meeting each
 * @param buffer minutes kept free before and after each meeting, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsecutiveAvailabilityRequest(@JsonUnwrapped AvailabilityOptions options, List<List<String>> emails,
    Integer buffer) {
  public ConsecutiveAvailabilityRequest {
    Objects.requireNonNull(options, "options == null");
    emails = Objects.requireNonNull(emails, "emails == null").stream().map(List::copyOf).toList();
  }
}
