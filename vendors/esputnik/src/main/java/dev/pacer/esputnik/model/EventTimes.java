package dev.pacer.esputnik.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Formats dates and times the way eSputnik's event and history methods take them: {@code
 * YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}.
 */
public final class EventTimes {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

  private EventTimes() {}

  /** {@code 2025-06-04}. */
  public static String date(LocalDate date) {
    return Objects.requireNonNull(date, "date == null").toString();
  }

  /** {@code 2025-06-04T09:30} (seconds dropped). */
  public static String minutes(LocalDateTime time) {
    return MINUTES.format(Objects.requireNonNull(time, "time == null"));
  }
}
