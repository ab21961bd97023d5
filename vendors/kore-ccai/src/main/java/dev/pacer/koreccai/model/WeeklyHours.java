package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The standard days of an hours-of-operation schedule.
 *
 * @param frequency how the schedule repeats, {@code WEEKLY}
 * @param days the working days and their hours
 */
public record WeeklyHours(String frequency, List<DayHours> days) {
  /** Copies the list; a missing list reads as empty. */
  public WeeklyHours {
    days = Copies.listOrEmpty(days);
  }
}
