package dev.pacer.bench.goodput;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Response;

/** What one HTTP exchange came to, its body read to the end and closed. */
record Attempt(int code, String retryAfter) {

  boolean ok() {
    return code >= 200 && code < 300;
  }

  boolean throttled() {
    return code == 429 || code == 503;
  }

  /** Executes {@code call}, reads the whole body (a held stream until the server ends it). */
  static Attempt execute(Call call) throws IOException {
    try (Response response = call.execute()) {
      response.body().source().readAll(okio.Okio.blackhole());
      return new Attempt(response.code(), response.header("Retry-After"));
    }
  }

  /**
   * The server's {@code Retry-After} in milliseconds, delta-seconds or an HTTP-date (counted
   * from this machine's clock: the servers run on it), at most an hour; -1 when absent or
   * unreadable. A date already past is 0.
   */
  long retryAfterMillis() {
    return retryAfterMillis(System.currentTimeMillis());
  }

  /** {@link #retryAfterMillis()} with an HTTP-date counted from {@code nowMillis}. */
  long retryAfterMillis(long nowMillis) {
    if (retryAfter == null) return -1;
    String value = retryAfter.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? -1 : Math.min(seconds, 3_600) * 1_000;
    } catch (NumberFormatException e) {
      try {
        long at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant().toEpochMilli();
        return Math.min(Math.max(0, at - nowMillis), 3_600_000);
      } catch (java.time.format.DateTimeParseException notADate) {
        return -1;
      }
    }
  }
}
