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

  /** The server's {@code Retry-After} in milliseconds when it is delta-seconds, else -1. */
  long retryAfterMillis() {
    if (retryAfter == null) return -1;
    try {
      long seconds = Long.parseLong(retryAfter.trim());
      return seconds < 0 ? -1 : Math.min(seconds, 3_600) * 1_000;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
