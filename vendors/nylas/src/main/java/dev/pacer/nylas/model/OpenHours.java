package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * Hours in which some participants are available, added to an availability question.
 *
 * @param emails the participants these hours are for (at least one must also be among the
 *     question's addresses or free/busy data)
 * @param days the days, Monday 0 to Sunday 6
 * @param timezone the IANA time zone of {@code start} and {@code end}
 * @param start the start on a 24-hour clock without a leading zero, e.g. {@code 9:00}
 * @param end the end on a 24-hour clock, e.g. {@code 17:30}
 * @param objectType always {@code open_hours}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OpenHours(List<String> emails, List<Integer> days, String timezone, String start, String end,
    String objectType) {
  public OpenHours {
    emails = List.copyOf(Objects.requireNonNull(emails, "emails == null"));
    days = List.copyOf(Objects.requireNonNull(days, "days == null"));
  }

  /** Open hours of {@code emails} on {@code days}, from {@code start} to {@code end} in {@code timezone}. */
  public static OpenHours of(List<String> emails, List<Integer> days, String timezone, String start, String end) {
    return new OpenHours(emails, days, timezone, start, end, "open_hours");
  }
}
