package dev.pacer.samples.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import picocli.CommandLine;

/**
 * One {@code --op "<METHOD> <path> <count>"}: send {@code count} requests of this method to this
 * path (relative to the base URL's path; a query is allowed), such as
 * {@code "GET /v1/contacts?maxrows=10 500"}.
 *
 * @param method an HTTP method in upper case
 * @param path the path and query, starting with {@code /}
 * @param count how many calls, at least 1
 */
record OpSpec(String method, String path, int count) {
  private static final Pattern METHOD = Pattern.compile("[A-Za-z]+");
  static final String FORMAT = "\"<METHOD> <path> <count>\", e.g. \"POST /v1/event 1000\"";
  static final int MAX_COUNT = 10_000_000;

  /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong. */
  static OpSpec parse(String text) {
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 3) {
      throw new IllegalArgumentException("expected " + FORMAT + ", got: \"" + text + "\"");
    }
    if (!METHOD.matcher(parts[0]).matches()) {
      throw new IllegalArgumentException("not an HTTP method: '" + parts[0] + "' in \"" + text + "\"");
    }
    if (!parts[1].startsWith("/")) {
      throw new IllegalArgumentException("the path must start with '/': '" + parts[1] + "' in \"" + text + "\"");
    }
    if (HttpUrl.parse("http://h" + parts[1]) == null) {
      throw new IllegalArgumentException("not a URL path: '" + parts[1] + "' in \"" + text + "\"");
    }
    int count;
    try {
      count = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a count: '" + parts[2] + "' in \"" + text + "\"");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("count not in [1, " + MAX_COUNT + "]: " + count + " in \"" + text + "\"");
    }
    return new OpSpec(parts[0].toUpperCase(Locale.ROOT), parts[1], count);
  }

  /** This op's URL under {@code base}: the base URL's path, then this path without its leading '/'. */
  HttpUrl url(HttpUrl base) {
    String root = base.toString();
    if (base.encodedQuery() != null) throw new IllegalArgumentException("base URL has a query: " + base.redact());
    if (!root.endsWith("/")) root += "/";
    return HttpUrl.get(root + path.substring(1));
  }

  /** Converts an {@code --op} value, turning errors into picocli's usage errors. */
  static final class Converter implements CommandLine.ITypeConverter<OpSpec> {
    @Override
    public OpSpec convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
