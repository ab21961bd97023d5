package dev.pacer.internal;

import dev.pacer.policy.ResetFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;

/**
 * Reads what a response's headers say about the rate limit into a {@link ServerSignal}. Total:
 * no header value makes it throw; what it cannot read is {@link ServerSignal#ABSENT} and flags
 * {@link ServerSignal#malformed()}.
 *
 * <p>Headers read, each from its first value when a response repeats it:
 *
 * <ul>
 *   <li>{@code Retry-After}: delta-seconds (a fraction is rounded up to the millisecond) or an
 *       HTTP-date in any of the three forms of RFC 9110;
 *   <li>{@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset}: the
 *       first number of the list ({@code "100, 100;w=60"} reads as 100); the reset as the
 *       policy's {@link ResetFormat} says;
 *   <li>{@code RateLimit-Policy} and {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers-10,
 *       structured-field lists): {@code q} and {@code w} of the first policy, {@code r} and
 *       {@code t} of the first limit, which stand in for {@code X-RateLimit-Remaining} and
 *       {@code X-RateLimit-Reset} when those are missing or unreadable;
 *   <li>{@code Date}: the server's now. Absolute times (an HTTP-date {@code Retry-After}, an
 *       epoch reset) become delays measured from it, so a server clock running ahead or behind
 *       does not shorten or stretch the wait. Without a readable {@code Date} the client's wall
 *       clock stands in.
 * </ul>
 *
 * <p>Numbers are plain decimals with optional surrounding spaces and an optional leading
 * {@code -}: no {@code +}, exponent, hex, unit suffix, {@code NaN} or {@code Infinity}. Huge
 * values saturate rather than overflow; delays are clamped to {@link
 * ServerSignal#MAX_DELAY_MILLIS}. Time is read only from the arguments. Stateless and
 * thread-safe.
 */
public final class RateLimitHeaders {
  private static final long SECONDS_UNTIL_LIMIT = 1_000_000_000L; // AUTO: below, seconds until
  private static final long EPOCH_SECONDS_LIMIT = 100_000_000_000L; // AUTO: below, epoch seconds

  /** A server {@code Date} further than this from the client's wall clock is not trusted for skew. */
  static final long MAX_TRUSTED_SKEW_MILLIS = 86_400_000L;

  static boolean withinTrustedSkew(long skewMillis) {
    return skewMillis <= MAX_TRUSTED_SKEW_MILLIS && skewMillis >= -MAX_TRUSTED_SKEW_MILLIS;
  }

  private RateLimitHeaders() {
  }

  /**
   * Reads {@code headers}. Never throws for any header names or values.
   *
   * @param resetFormat what {@code X-RateLimit-Reset} means for this vendor
   * @param clientWallMillis the client's wall clock, in epoch milliseconds, when the response
   *     arrived: the base for skew and, without a {@code Date} header, for absolute times
   */
  public static ServerSignal parse(Headers headers, ResetFormat resetFormat, long clientWallMillis) {
    return parse(headers, resetFormat, clientWallMillis, HttpDates.UNREADABLE);
  }

  /**
   * Like {@link #parse(Headers, ResetFormat, long)}, measuring absolute times from {@code
   * serverNowMillis} (the server's now as learned from many responses) instead of this
   * response's {@code Date}, when it is not {@link HttpDates#UNREADABLE}.
   */
  static ServerSignal parse(Headers headers, ResetFormat resetFormat, long clientWallMillis, long serverNowMillis) {
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(resetFormat, "resetFormat == null");
    // Most answers carry no rate-limit field: they read as the shared empty signal, with nothing
    // allocated. (Their skew is only ever reported alongside a field.)
    if (!carriesAnyField(headers)) return ServerSignal.EMPTY;
    Reader reader = new Reader(headers, resetFormat, clientWallMillis, serverNowMillis);
    return reader.read();
  }

  private static final String RETRY_AFTER = "Retry-After";
  private static final String LIMIT = "X-RateLimit-Limit";
  private static final String REMAINING = "X-RateLimit-Remaining";
  private static final String RESET = "X-RateLimit-Reset";
  private static final String POLICY = "RateLimit-Policy";
  private static final String RATE_LIMIT = "RateLimit";
  /** The headers {@link Reader#read} reads, besides {@code Date}. */
  private static final String[] FIELDS = {RETRY_AFTER, LIMIT, REMAINING, RESET, POLICY, RATE_LIMIT};

  /** True when {@code headers} carry at least one rate-limit field (a name compare per header, no allocation). */
  static boolean carriesAnyField(Headers headers) {
    for (int i = 0, n = headers.size(); i < n; i++) {
      String name = headers.name(i);
      // Every field starts with R or X: most headers (Content-*, Server, Vary, ...) stop at one char.
      char first = name.isEmpty() ? ' ' : Character.toUpperCase(name.charAt(0));
      if (first != 'R' && first != 'X') continue;
      for (String field : FIELDS) {
        if (field.equalsIgnoreCase(name)) return true;
      }
    }
    return false;
  }

  /** One parse: holds the server's now and collects the malformed flag. */
  private static final class Reader {
    private final Headers headers;
    private final ResetFormat resetFormat;
    private final long clientWallMillis;
    private final long serverNowMillis;
    private final long serverSkewMillis;
    private boolean malformed;

    Reader(Headers headers, ResetFormat resetFormat, long clientWallMillis, long learnedServerNow) {
      this.headers = headers;
      this.resetFormat = resetFormat;
      this.clientWallMillis = clientWallMillis;
      long serverDate = learnedServerNow != HttpDates.UNREADABLE
          ? learnedServerNow
          : HttpDates.parseMillis(first("Date"), clientWallMillis);
      if (serverDate != HttpDates.UNREADABLE && !withinTrustedSkew(subtract(serverDate, clientWallMillis))) {
        // A clock more than a day off is broken or hostile: measure from ours instead.
        serverDate = HttpDates.UNREADABLE;
      }
      if (serverDate == HttpDates.UNREADABLE) {
        this.serverNowMillis = clientWallMillis;
        this.serverSkewMillis = 0;
      } else {
        this.serverNowMillis = serverDate;
        this.serverSkewMillis = clamp(subtract(serverDate, clientWallMillis),
            -ServerSignal.MAX_DELAY_MILLIS, ServerSignal.MAX_DELAY_MILLIS);
      }
    }

    ServerSignal read() {
      long retryAfter = retryAfter(first(RETRY_AFTER));
      long limit = count(listHead(first(LIMIT)), false);
      long remaining = count(listHead(first(REMAINING)), true);
      long reset = reset(listHead(first(RESET)));

      long policyQuota = ServerSignal.ABSENT;
      long policyWindow = ServerSignal.ABSENT;
      Map<String, String> policy = firstItemParameters(first(POLICY));
      if (policy != null) {
        if (required(policy, "q")) policyQuota = count(number(policy, "q"), false);
        if (policy.containsKey("w")) policyWindow = secondsUntil(number(policy, "w"));
      }

      long rateLimitRemaining = ServerSignal.ABSENT;
      Map<String, String> current = firstItemParameters(first(RATE_LIMIT));
      if (current != null) {
        if (required(current, "r")) rateLimitRemaining = count(number(current, "r"), true);
        long rateLimitReset = current.containsKey("t")
            ? secondsUntil(number(current, "t"))
            : ServerSignal.ABSENT;
        if (remaining == ServerSignal.ABSENT) remaining = rateLimitRemaining;
        if (reset == ServerSignal.ABSENT) reset = rateLimitReset;
      }

      return new ServerSignal(retryAfter, limit, remaining, rateLimitRemaining, reset,
          policyQuota, policyWindow, serverSkewMillis, malformed);
    }

    /** The first value of {@code name}, or null if the response does not carry it. */
    private String first(String name) {
      List<String> values = headers.values(name);
      return values.isEmpty() ? null : values.get(0);
    }

    private long retryAfter(String value) {
      if (value == null) return ServerSignal.ABSENT;
      Decimal seconds = Decimal.parse(value);
      if (seconds != null) {
        if (seconds.isNegative()) return unreadable();
        return clampDelay(seconds.ceilMillisOfSeconds());
      }
      long date = HttpDates.parseMillis(value, clientWallMillis);
      if (date == HttpDates.UNREADABLE) return unreadable();
      return clampDelay(Math.max(0, subtract(date, serverNowMillis)));
    }

    /** A count such as limit or remaining: a whole number; negative is 0 or unreadable. */
    private long count(String value, boolean negativeIsZero) {
      if (value == null) return ServerSignal.ABSENT;
      Decimal number = Decimal.parse(value);
      if (number == null || number.hasFraction()) return unreadable();
      if (number.isNegative()) return negativeIsZero ? 0 : unreadable();
      return number.integerPart();
    }

    /** A relative time in seconds, as milliseconds; negative is unreadable. */
    private long secondsUntil(String value) {
      if (value == null) return ServerSignal.ABSENT;
      Decimal number = Decimal.parse(value);
      if (number == null || number.isNegative()) return unreadable();
      return clampDelay(number.ceilMillisOfSeconds());
    }

    private long reset(String value) {
      if (value == null) return ServerSignal.ABSENT;
      Decimal number = Decimal.parse(value);
      if (number == null) return unreadable();
      ResetFormat format = resetFormat;
      if (format == ResetFormat.AUTO) {
        if (number.isNegative() || number.integerPart() < SECONDS_UNTIL_LIMIT) {
          format = ResetFormat.SECONDS_UNTIL_RESET;
        } else if (number.integerPart() < EPOCH_SECONDS_LIMIT) {
          format = ResetFormat.EPOCH_SECONDS;
        } else {
          format = ResetFormat.EPOCH_MILLIS;
        }
      }
      switch (format) {
        case SECONDS_UNTIL_RESET:
          return secondsUntil(value);
        case EPOCH_SECONDS:
          return untilEpoch(number, number.ceilMillisOfSeconds());
        case EPOCH_MILLIS:
          return untilEpoch(number, number.ceilValue());
        default:
          return unreadable(); // a format this parser does not know yet
      }
    }

    /** Delay until an epoch time; ABSENT (not malformed) once it is past. */
    private long untilEpoch(Decimal number, long epochMillis) {
      if (number.isNegative()) return ServerSignal.ABSENT;
      long delay = subtract(epochMillis, serverNowMillis);
      return delay < 0 ? ServerSignal.ABSENT : clampDelay(delay);
    }

    /**
     * The text of a parameter that is present: its number, or {@code ""} (unreadable as a
     * number) when its value is a string, token, boolean or byte sequence.
     */
    private static String number(Map<String, String> parameters, String key) {
      String value = parameters.get(key);
      return value != null ? value : "";
    }

    /** True if {@code parameters} has {@code key}; flags the field malformed if not. */
    private boolean required(Map<String, String> parameters, String key) {
      if (parameters.containsKey(key)) return true;
      malformed = true;
      return false;
    }

    /**
     * The parameters of the first item of a structured-field list, numbers as their text and any
     * other value as null; null if the field is missing or its first member unreadable. Garbage
     * after the first member flags the field malformed but keeps the first item.
     */
    private Map<String, String> firstItemParameters(String field) {
      if (field == null) return null;
      StructuredList list = new StructuredList(field);
      Map<String, String> parameters = list.firstItemParameters();
      if (!list.clean()) malformed = true;
      return parameters;
    }

    private long unreadable() {
      malformed = true;
      return ServerSignal.ABSENT;
    }
  }

  /** The first member of a comma-separated list, up to its first parameter. */
  private static String listHead(String value) {
    if (value == null) return null;
    int end = value.length();
    int comma = value.indexOf(',');
    if (comma >= 0) end = comma;
    int semicolon = value.indexOf(';');
    if (semicolon >= 0 && semicolon < end) end = semicolon;
    return value.substring(0, end);
  }

  private static long clampDelay(long millis) {
    return clamp(millis, 0, ServerSignal.MAX_DELAY_MILLIS);
  }

  private static long clamp(long value, long min, long max) {
    return Math.max(min, Math.min(max, value));
  }

  /** {@code a - b}, saturated at the ends of {@code long} instead of wrapping. */
  private static long subtract(long a, long b) {
    long result = a - b;
    if (((a ^ b) & (a ^ result)) < 0) return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    return result;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * A plain decimal {@code [-]digits[.digits]} with surrounding spaces or tabs, read exactly
   * enough to round up to the millisecond. Integer parts beyond {@code long} saturate.
   */
  static final class Decimal {
    private final boolean negative;
    private final long integerPart; // saturated at Long.MAX_VALUE
    private final int fractionMillis; // first three fraction digits, 0..999
    private final boolean fractionBeyondMillis; // a nonzero digit after the third

    private Decimal(boolean negative, long integerPart, int fractionMillis,
        boolean fractionBeyondMillis) {
      this.negative = negative;
      this.integerPart = integerPart;
      this.fractionMillis = fractionMillis;
      this.fractionBeyondMillis = fractionBeyondMillis;
    }

    /** Reads {@code text}, or returns null if it is not a plain decimal. */
    static Decimal parse(String text) {
      int start = 0;
      int end = text.length();
      while (start < end && isSpace(text.charAt(start))) start++;
      while (end > start && isSpace(text.charAt(end - 1))) end--;
      int i = start;
      boolean negative = i < end && text.charAt(i) == '-';
      if (negative) i++;
      int digitsStart = i;
      long integerPart = 0;
      for (; i < end && isDigit(text.charAt(i)); i++) {
        int digit = text.charAt(i) - '0';
        integerPart = integerPart > (Long.MAX_VALUE - digit) / 10
            ? Long.MAX_VALUE
            : integerPart * 10 + digit;
      }
      if (i == digitsStart) return null;
      int fractionMillis = 0;
      boolean beyond = false;
      if (i < end && text.charAt(i) == '.') {
        i++;
        int fractionStart = i;
        for (; i < end && isDigit(text.charAt(i)); i++) {
          int digit = text.charAt(i) - '0';
          int position = i - fractionStart;
          if (position < 3) {
            fractionMillis = fractionMillis * 10 + digit;
          } else if (digit != 0) {
            beyond = true;
          }
        }
        if (i == fractionStart) return null;
        for (int position = i - fractionStart; position < 3; position++) fractionMillis *= 10;
      }
      if (i != end) return null;
      return new Decimal(negative, integerPart, fractionMillis, beyond);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    boolean isNegative() {
      return negative && (integerPart != 0 || hasFraction());
    }

    boolean hasFraction() {
      return fractionMillis != 0 || fractionBeyondMillis;
    }

    /** The integer part of the magnitude (sign ignored), saturated at {@code Long.MAX_VALUE}. */
    long integerPart() {
      return integerPart;
    }

    /** The magnitude read as seconds, in milliseconds rounded up; saturates. */
    long ceilMillisOfSeconds() {
      if (integerPart > (Long.MAX_VALUE - 1000) / 1000) return Long.MAX_VALUE;
      return integerPart * 1000 + fractionMillis + (fractionBeyondMillis ? 1 : 0);
    }

    /** The magnitude rounded up to a whole number; saturates. */
    long ceilValue() {
      if (!hasFraction() || integerPart == Long.MAX_VALUE) return integerPart;
      return integerPart + 1;
    }
  }

  /**
   * A lenient reader of a structured-field list (RFC 9651) that keeps only the first member's
   * parameters. Keys are matched case-insensitively; inner lists, strings, tokens, byte
   * sequences, booleans, dates and display strings are recognised and skipped.
   */
  static final class StructuredList {
    /** Marks a bare item that could not be read (compared by identity). */
    private static final String BAD = new String("unreadable");

    private final String text;
    private int pos;
    private boolean clean = true;

    StructuredList(String text) {
      this.text = text;
    }

    boolean clean() {
      return clean;
    }

    /** See {@link Reader#firstItemParameters}; sets {@link #clean} false on any syntax error. */
    Map<String, String> firstItemParameters() {
      skipSpaces();
      if (pos == text.length()) {
        clean = false; // present but empty
        return null;
      }
      Map<String, String> first = member();
      if (first == null) {
        clean = false;
        return null;
      }
      while (true) {
        skipSpaces();
        if (pos == text.length()) return first;
        if (text.charAt(pos) != ',') break;
        pos++;
        skipSpaces();
        if (pos == text.length() || member() == null) break;
      }
      clean = false;
      return first;
    }

    /** An item or inner list with its parameters; null on a syntax error. */
    private Map<String, String> member() {
      if (peek() == '(') {
        pos++;
        while (true) {
          while (peek() == ' ') pos++;
          if (peek() == ')') {
            pos++;
            break;
          }
          if (bareItem() == BAD || parameters() == null) return null;
          char next = peek();
          if (next != ' ' && next != ')') return null;
        }
      } else if (bareItem() == BAD) {
        return null;
      }
      return parameters();
    }

    /** {@code *( ";" *SP key [ "=" bare-item ] )}; null on a syntax error. */
    private Map<String, String> parameters() {
      Map<String, String> parameters = new HashMap<>();
      while (peek() == ';') {
        pos++;
        while (peek() == ' ') pos++;
        String key = key();
        if (key == null) return null;
        String value = null;
        if (peek() == '=') {
          pos++;
          value = bareItem();
          if (value == BAD) return null;
        }
        parameters.putIfAbsent(key, value);
      }
      return parameters;
    }

    private String key() {
      int start = pos;
      char c = peek();
      if (!(Character.isLetter(c) && c < 0x80) && c != '*') return null;
      pos++;
      while (true) {
        c = peek();
        if ((c < 0x80 && Character.isLetterOrDigit(c)) || c == '_' || c == '-' || c == '.'
            || c == '*') {
          pos++;
        } else {
          return text.substring(start, pos).toLowerCase(Locale.ROOT);
        }
      }
    }

    /** Reads one bare item: a number's text, null for any other kind, {@link #BAD} on error. */
    private String bareItem() {
      char c = peek();
      if (c == '-' || (c >= '0' && c <= '9')) {
        int start = pos;
        pos++;
        while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) pos++;
        String number = text.substring(start, pos);
        return Decimal.parse(number) == null ? BAD : number;
      }
      if (c == '"') return quoted() ? null : BAD;
      if (c == '%') {
        pos++;
        return peek() == '"' && quoted() ? null : BAD;
      }
      if (c == ':') {
        int close = text.indexOf(':', pos + 1);
        if (close < 0) return BAD;
        pos = close + 1;
        return null;
      }
      if (c == '?') {
        pos++;
        char bit = peek();
        if (bit != '0' && bit != '1') return BAD;
        pos++;
        return null;
      }
      if (c == '@') { // a date: "@" integer
        pos++;
        char next = peek();
        if (next != '-' && (next < '0' || next > '9')) return BAD;
        return bareItem() == BAD ? BAD : null;
      }
      if ((Character.isLetter(c) && c < 0x80) || c == '*') {
        pos++;
        while (isTokenChar(peek())) pos++;
        return null;
      }
      return BAD;
    }

    /** A quoted string starting at {@code pos}; false if it is not terminated. */
    private boolean quoted() {
      pos++; // opening quote
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '\\') {
          if (pos == text.length()) return false;
          pos++;
        } else if (c == '"') {
          return true;
        }
      }
      return false;
    }

    private static boolean isTokenChar(char c) {
      if (c >= 0x7f || c <= ' ') return false;
      return "\"(),;<=>?@[\\]{}".indexOf(c) < 0;
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
      while (pos < text.length() && isSpace(text.charAt(pos))) pos++;
    }
  }
}
