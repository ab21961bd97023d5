package dev.pacer.koreccai.model;

/**
 * The working hours of one weekday.
 *
 * @param day the day, {@code SU}, {@code MO}, {@code TU}, {@code WE}, {@code TH}, {@code FR} or {@code SA}
 * @param start when work starts, as Kore writes it, e.g. {@code 9:00 AM}
 * @param end when work ends, e.g. {@code 11:00 PM}
 */
public record DayHours(String day, String start, String end) {}
