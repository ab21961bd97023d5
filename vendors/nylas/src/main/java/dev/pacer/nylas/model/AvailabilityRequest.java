package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /calendars/availability}: when can all of {@code emails} (on the
 * account's own domain) meet once. The options' fields sit beside {@code emails} in the JSON.
 *
 * @param options the meeting's length, window, step and extra data
 * @param emails the participants
 */
public record AvailabilityRequest(@JsonUnwrapped AvailabilityOptions options, List<String> emails) {
  public AvailabilityRequest {
    Objects.requireNonNull(options, "options == null");
    emails = List.copyOf(Objects.requireNonNull(emails, "emails == null"));
  }
}
