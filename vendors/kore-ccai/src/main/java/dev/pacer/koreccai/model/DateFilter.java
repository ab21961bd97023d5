package dev.pacer.koreccai.model;

/**
 * The date filter of the agent-status reports. "Historical Agent Status Summary" takes a
 * {@code startDate} and {@code endDate}; "Agent Status Details API" documents the same but its
 * sample sends one {@code date}. Dates are {@code yyyy-mm-dd}; null components are left out.
 *
 * @param date the one day to report, or null
 * @param startDate the first day to report, or null
 * @param endDate the last day to report, or null
 * @param timeZoneOffSet the time-zone offset in minutes, e.g. {@code -330}, or null
 */
public record DateFilter(String date, String startDate, String endDate, Integer timeZoneOffSet) {
  /** A filter from {@code startDate} to {@code endDate}. */
  public static DateFilter between(String startDate, String endDate, Integer timeZoneOffSet) {
    return new DateFilter(null, startDate, endDate, timeZoneOffSet);
  }

  /** A filter for the one day {@code date}. */
  public static DateFilter on(String date, Integer timeZoneOffSet) {
    return new DateFilter(date, null, null, timeZoneOffSet);
  }
}
