package dev.pacer.internal;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the three HTTP-date forms of RFC 9110 section 5.6.7 into epoch milliseconds:
 *
 * <ul>
 *   <li>IMF-fixdate: {@code Sun, 06 Nov 1994 08:49:37 GMT};
 *   <li>obsolete RFC 850: {@code Sunday, 06-Nov-94 08:49:37 GMT};
 *   <li>ANSI C asctime: {@code Sun Nov  6 08:49:37 1994}.
 * </ul>
 *
 * <p>Reading is lenient where leniency cannot change the meaning: names are case-insensitive,
 * runs of spaces count as one, a one-digit day is accepted, a day-of-week that disagrees with the
 * date is ignored (the date wins), and RFC 850 also accepts a four-digit year. It is strict where
 * a guess could: the zone must be {@code GMT} (asctime has none and is GMT by definition), and
 * every field must be in range. A two-digit RFC 850 year is placed within 50 years of a reference
 * time, as RFC 9110 requires. Stateless and thread-safe.
 */
public final class HttpDates {
  /** Returned by {@link #parseMillis} for text that is not an HTTP-date. */
  public static final long UNREADABLE = Long.MIN_VALUE;

  private static final Map<Long, String> SHORT_DAYS = Map.of(
      1L, "Mon", 2L, "Tue", 3L, "Wed", 4L, "Thu", 5L, "Fri", 6L, "Sat", 7L, "Sun");
  private static final Map<Long, String> LONG_DAYS = Map.of(
      1L, "Monday", 2L, "Tuesday", 3L, "Wednesday", 4L, "Thursday", 5L, "Friday",
      6L, "Saturday", 7L, "Sunday");
  private static final Map<Long, String> MONTHS = Map.ofEntries(
      Map.entry(1L, "Jan"), Map.entry(2L, "Feb"), Map.entry(3L, "Mar"), Map.entry(4L, "Apr"),
      Map.entry(5L, "May"), Map.entry(6L, "Jun"), Map.entry(7L, "Jul"), Map.entry(8L, "Aug"),
      Map.entry(9L, "Sep"), Map.entry(10L, "Oct"), Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

  /** {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final DateTimeFormatter IMF_FIXDATE = start()
      .appendText(ChronoField.DAY_OF_WEEK, SHORT_DAYS)
      .appendLiteral(", ")
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
      .appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
      .appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4)
      .appendLiteral(' ')
      .append(time())
      .appendLiteral(" GMT")
      .toFormatter(Locale.ROOT);

  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}; the year is read as written (two or four digits). */
  private static final DateTimeFormatter RFC_850 = start()
      .appendText(ChronoField.DAY_OF_WEEK, LONG_DAYS)
      .appendLiteral(", ")
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
      .appendLiteral('-')
      .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
      .appendLiteral('-')
      .appendValue(ChronoField.YEAR_OF_ERA, 2, 4, SignStyle.NOT_NEGATIVE)
      .appendLiteral(' ')
      .append(time())
      .appendLiteral(" GMT")
      .toFormatter(Locale.ROOT);

  /** {@code Sun Nov 6 08:49:37 1994} (after runs of spaces were collapsed). */
  private static final DateTimeFormatter ASCTIME = start()
      .appendText(ChronoField.DAY_OF_WEEK, SHORT_DAYS)
      .appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, MONTHS)
      .appendLiteral(' ')
      .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
      .appendLiteral(' ')
      .append(time())
      .appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4)
      .toFormatter(Locale.ROOT);

  private HttpDates() {
  }

  private static DateTimeFormatterBuilder start() {
    return new DateTimeFormatterBuilder().parseCaseInsensitive();
  }

  private static DateTimeFormatter time() {
    return new DateTimeFormatterBuilder()
        .appendValue(ChronoField.HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .toFormatter(Locale.ROOT);
  }

  /** The last IMF-fixdate read, and what it read as. */
  private static volatile Parsed lastFixdate;

  private record Parsed(String text, long millis) {}

  /**
   * Returns the instant {@code text} names, in milliseconds since the epoch, or {@link
   * #UNREADABLE} if it is not an HTTP-date in one of the three forms. Never throws for any text.
   *
   * @param referenceMillis the time a two-digit RFC 850 year is placed near: the result lies no
   *     more than 50 years after it (the receiver's "now")
   */
  public static long parseMillis(String text, long referenceMillis) {
    if (text == null) return UNREADABLE;
    Parsed last = lastFixdate;
    if (last != null && last.text.equals(text)) return last.millis;
    String normalized = collapseSpaces(text);
    if (normalized == null) return UNREADABLE;
    TemporalAccessor fields = parse(IMF_FIXDATE, normalized);
    boolean fixdate = fields != null;
    boolean twoDigitYear = false;
    if (fields == null) {
      fields = parse(RFC_850, normalized);
      if (fields != null) {
        int dash = normalized.lastIndexOf('-');
        int yearDigits = normalized.indexOf(' ', dash) - dash - 1;
        if (yearDigits == 3) return UNREADABLE;
        twoDigitYear = yearDigits == 2;
      }
    }
    if (fields == null) fields = parse(ASCTIME, normalized);
    if (fields == null) return UNREADABLE;
    try {
      long year = fields.isSupported(ChronoField.YEAR)
          ? fields.getLong(ChronoField.YEAR)
          : fields.getLong(ChronoField.YEAR_OF_ERA);
      if (twoDigitYear) year = nearYear(year, referenceMillis);
      LocalDateTime dateTime = LocalDateTime.of(
          Math.toIntExact(year),
          Math.toIntExact(fields.getLong(ChronoField.MONTH_OF_YEAR)),
          Math.toIntExact(fields.getLong(ChronoField.DAY_OF_MONTH)),
          Math.toIntExact(fields.getLong(ChronoField.HOUR_OF_DAY)),
          Math.toIntExact(fields.getLong(ChronoField.MINUTE_OF_HOUR)),
          Math.toIntExact(fields.getLong(ChronoField.SECOND_OF_MINUTE)));
      long millis = Math.multiplyExact(dateTime.toEpochSecond(ZoneOffset.UTC), 1000L);
      // Every answer within a second carries the same Date: remember the last one (an IMF-fixdate
      // reads the same whatever the reference, so the shortcut never changes a result).
      if (fixdate) lastFixdate = new Parsed(text, millis);
      return millis;
    } catch (DateTimeException | ArithmeticException e) {
      return UNREADABLE; // a field out of range, such as 31 Feb or 25:00:00
    }
  }

  /** RFC 9110: a two-digit year more than 50 years ahead means the most recent past such year. */
  private static long nearYear(long twoDigits, long referenceMillis) {
    long referenceYear = Instant.ofEpochMilli(referenceMillis).atOffset(ZoneOffset.UTC).getYear();
    long year = Math.floorDiv(referenceYear, 100) * 100 + twoDigits;
    if (year > referenceYear + 50) year -= 100;
    else if (year <= referenceYear - 50) year += 100;
    return year;
  }

  /** Parses all of {@code text} without resolving, so a wrong day-of-week is not a conflict. */
  private static TemporalAccessor parse(DateTimeFormatter formatter, String text) {
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor fields = formatter.parseUnresolved(text, position);
    if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != text.length()) {
      return null;
    }
    return fields;
  }

  /**
   * Trims spaces and tabs and turns each inner run of them into one space; null for text that
   * cannot be an HTTP-date (too long, or characters outside printable ASCII).
   */
  private static String collapseSpaces(String text) {
    if (text.length() > 64) return null;
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        pendingSpace = out.length() > 0;
      } else if (c > ' ' && c < 0x7f) {
        if (pendingSpace) out.append(' ');
        pendingSpace = false;
        out.append(c);
      } else {
        return null;
      }
    }
    return out.toString();
  }
}
