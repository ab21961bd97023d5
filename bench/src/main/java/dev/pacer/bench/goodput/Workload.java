package dev.pacer.bench.goodput;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One kind of call in a scenario: how many, what request, and the limits the server enforces on
 * it (a rate of {@code permits} per {@code period}, counted as {@code counting} says, and/or at
 * most {@code maxConcurrent} in flight, each held {@code hold}). Workloads with the same
 * {@code limitKey} share one limit (eSputnik's one 200/s bucket for every unlisted method).
 * {@code documentedPermits} is what the vendor documents, which the Resilience4j baseline is
 * configured with; it differs from {@code permits} only when the sandbox enforces another limit
 * than the documented one, and is 0 for a limit nobody declared. Pacer uses the scenario's own
 * policy.
 */
record Workload(
    String name,
    int count,
    String method,
    String pathAndQuery,
    String jsonBody,
    Map<String, String> headers,
    int permits,
    Duration period,
    int maxConcurrent,
    Duration hold,
    String limitKey,
    int documentedPermits,
    Counting counting,
    int burst) {

  /** How the server counts {@code permits} per {@code period}. */
  enum Counting {
    /** Fixed windows aligned to the server's clock: the phase of the first call matters. */
    FIXED_WINDOW,
    /** At most {@code permits} in any window of {@code period} ending now. */
    SLIDING_WINDOW,
    /**
     * nginx {@code limit_req} (nodelay): one request per {@code period / permits}, plus
     * {@code burst} more back to back after an idle spell.
     */
    LEAKY_BUCKET
  }

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  Workload {
    Objects.requireNonNull(name, "name == null");
    headers = Map.copyOf(headers);
    if (count < 0) throw new IllegalArgumentException("count < 0: " + count);
    Objects.requireNonNull(limitKey, "limitKey == null");
    Objects.requireNonNull(counting, "counting == null");
    if (burst < 0) throw new IllegalArgumentException("burst < 0: " + burst);
  }

  /** A rate-limited workload without a concurrency cap. */
  static Workload rated(String name, int count, String method, String pathAndQuery, String jsonBody, Map<String, String> headers, int permits, Duration period) {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, permits, period, 0, Duration.ZERO, name, permits,
        Counting.FIXED_WINDOW, 0);
  }

  Workload withConcurrency(int max, Duration eachHeld) {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, permits, period, max, eachHeld, limitKey, documentedPermits, counting, burst);
  }

  /** The same calls counted against the limit named {@code key}, shared with other workloads. */
  Workload sharing(String key) {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, permits, period, maxConcurrent, hold, key, documentedPermits, counting, burst);
  }

  /** The same calls against a server enforcing {@code enforced} permits per period instead of the documented number. */
  Workload enforcing(int enforced) {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, enforced, period, maxConcurrent, hold, limitKey, permits, counting, burst);
  }

  /** The same limits with {@code newCount} calls. */
  Workload withCount(int newCount) {
    return new Workload(name, newCount, method, pathAndQuery, jsonBody, headers, permits, period, maxConcurrent, hold, limitKey, documentedPermits, counting, burst);
  }

  /** The same calls against a server counting as {@code how}, with {@code extra} requests of burst. */
  Workload counted(Counting how, int extra) {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, permits, period, maxConcurrent, hold, limitKey, documentedPermits, how, extra);
  }

  /** The same calls under a limit nobody documents: the peers get no rate limiter for it. */
  Workload undeclared() {
    return new Workload(name, count, method, pathAndQuery, jsonBody, headers, permits, period, maxConcurrent, hold, limitKey, 0, counting, burst);
  }

  Request request(HttpUrl server) {
    HttpUrl url = server.resolve(pathAndQuery);
    if (url == null) throw new IllegalArgumentException("bad path: " + pathAndQuery);
    Request.Builder b = new Request.Builder().url(url);
    headers.forEach(b::header);
    RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
    return b.method(method, body).build();
  }

  /** The least time when the run starts exactly at a window boundary. */
  long leastNanos() {
    return leastNanos(0L);
  }

  /**
   * The least time the server's limits allow for this workload alone, for a run starting at
   * {@code serverStartMillis} on the server's clock. Fixed windows aligned to that clock: the
   * last batch can go at the start of window {@code ceil(count / permits) - 1}, counted from the
   * (partial) window the run starts in. A sliding window: one batch per period, the last
   * {@code ceil(count / permits) - 1} periods after the first. A leaky bucket: {@code burst + 1}
   * at once, then one per interval. With a concurrency cap, {@code ceil(count / maxConcurrent)}
   * rounds of {@code hold} each. The longest of these.
   */
  long leastNanos(long serverStartMillis) {
    long rate = 0;
    if (permits > 0 && count > 0) {
      long periodNanos = period.toNanos();
      switch (counting) {
        case FIXED_WINDOW -> {
          long phaseNanos = Math.floorMod(serverStartMillis, period.toMillis()) * 1_000_000L;
          rate = (ceilDiv(count, permits) - 1) * periodNanos - phaseNanos;
        }
        case SLIDING_WINDOW -> rate = (ceilDiv(count, permits) - 1) * periodNanos;
        case LEAKY_BUCKET -> rate = Math.max(0, count - 1L - burst) * (periodNanos / permits);
        default -> throw new AssertionError(counting);
      }
    }
    long conc = maxConcurrent > 0 ? ceilDiv(count, maxConcurrent) * hold.toNanos() : 0;
    return Math.max(0, Math.max(rate, conc));
  }

  /**
   * The time the server's limits take at their steady rate: {@code count / permits} periods,
   * or the concurrency rounds, whichever is longer. Goodput is measured against this.
   */
  long documentedNanos() {
    long rate = permits > 0 ? Math.round((double) count * period.toNanos() / permits) : 0;
    long conc = maxConcurrent > 0 ? ceilDiv(count, maxConcurrent) * hold.toNanos() : 0;
    return Math.max(rate, conc);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
