package dev.pacer.esputnik.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive date range, the body of {@code DELETE /api/v1/past_events}.
 *
 * @param from the first day (inclusive), {@code YYYY-MM-DD}
 * @param to the last day (inclusive), {@code YYYY-MM-DD}
 */
public record Period(String from, String to) {

  /** Checks both ends are present. */
  public Period {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
  }

  /** The days {@code from} through {@code to}. */
  public static Period of(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (to.isBefore(from)) throw new IllegalArgumentException("to < from: " + to + " < " + from);
    return new Period(from.toString(), to.toString());
  }
}
