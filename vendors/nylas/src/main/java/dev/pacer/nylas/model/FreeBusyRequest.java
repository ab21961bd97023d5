package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /calendars/free-busy}: whose busy times to read, in which window. The
 * reference sends the window's ends as Unix seconds in JSON strings, and checks one address at a
 * time.
 *
 * @param startTime the window's start, Unix seconds as text
 * @param endTime the window's end, Unix seconds as text
 * @param emails the addresses to check (one, per the reference)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FreeBusyRequest(String startTime, String endTime, List<String> emails) {
  public FreeBusyRequest {
    Objects.requireNonNull(startTime, "startTime == null");
    Objects.requireNonNull(endTime, "endTime == null");
    emails = List.copyOf(Objects.requireNonNull(emails, "emails == null"));
  }

  /**
   * The busy times of {@code email} from {@code start} to {@code end}.
   *
   * @throws IllegalArgumentException when {@code end} is not after {@code start}
   */
  public static FreeBusyRequest of(String email, Instant start, Instant end) {
    Objects.requireNonNull(email, "email == null");
    if (!end.isAfter(start)) throw new IllegalArgumentException("end is not after start: " + start + " .. " + end);
    return new FreeBusyRequest(Long.toString(start.getEpochSecond()), Long.toString(end.getEpochSecond()), List.of(email));
  }
}
