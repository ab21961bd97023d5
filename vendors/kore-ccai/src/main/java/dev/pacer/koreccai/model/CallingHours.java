package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * When a campaign may call or text.
 *
 * @param frequency {@code WEEKLY}, {@code DAILY} or {@code CUSTOM}
 * @param timezone the IANA time zone the hours are in, e.g. {@code Asia/Kolkata}
 * @param days the allowed days and hours
 */
public record CallingHours(String frequency, String timezone, List<DayHours> days) {
  /** Copies the list; a missing list reads as empty. */
  public CallingHours {
    days = Copies.listOrEmpty(days);
  }
}
