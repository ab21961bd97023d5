package dev.pacer.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each server's clock stands against ours, learned from the {@code Date} headers of many
 * responses rather than the last one.
 *
 * <p>{@code Date} has whole seconds, so one response only says that, at some instant between
 * sending the request and receiving the answer, the server read a time in {@code [Date, Date +
 * 1 s)}: its offset from our wall clock lies in {@code [Date - received, Date + 1 s - sent]}.
 * Each response narrows the interval; after a few, its width approaches the round trip instead
 * of a second. Resets and HTTP-dates are then measured from the interval's low end, the latest
 * the server's reset can be, so Pacer stays at least as cautious as the server, without the up
 * to one second of extra caution that reading {@code Date} alone costs on every window. An
 * answer that contradicts the interval (the server's clock was set, or another server answered)
 * starts it afresh. At most {@value #MAX_SERVERS} servers are tracked; others use {@code Date}
 * alone. Thread-safe.
 */
final class ServerClocks {
  static final int MAX_SERVERS = 256;
  private static final long DATE_RESOLUTION_MILLIS = 1_000;

  private final ConcurrentHashMap<String, Offset> servers = new ConcurrentHashMap<>();

  /**
   * Learns from one response's {@code Date} and returns the server's now at {@code
   * receivedMillis}, the low end of what is known; {@link HttpDates#UNREADABLE} when {@code
   * dateMillis} is.
   *
   * @param server the host that answered (a clock belongs to a machine, not a port)
   * @param dateMillis the response's {@code Date}, or {@link HttpDates#UNREADABLE}
   * @param sentMillis our wall clock when the request went out (at the latest)
   * @param receivedMillis our wall clock when the response arrived
   */
  long serverNow(String server, long dateMillis, long sentMillis, long receivedMillis) {
    if (dateMillis == HttpDates.UNREADABLE) return HttpDates.UNREADABLE;
    // A Date more than a day off teaches nothing: the server's clock is broken or the answer hostile.
    if (!RateLimitHeaders.withinTrustedSkew(dateMillis - receivedMillis)) return HttpDates.UNREADABLE;
    long lo = dateMillis - receivedMillis;
    long hi = dateMillis + DATE_RESOLUTION_MILLIS - 1 - Math.min(sentMillis, receivedMillis);
    Offset offset = servers.get(server);
    if (offset == null) {
      if (servers.size() >= MAX_SERVERS) return dateMillis;
      offset = servers.computeIfAbsent(server, k -> new Offset());
    }
    return receivedMillis + offset.narrow(lo, hi);
  }

  /** The interval of one server's offset (server minus ours, in ms). */
  private static final class Offset {
    private long lo = Long.MIN_VALUE;
    private long hi = Long.MAX_VALUE;

    /** Intersects with {@code [newLo, newHi]}, or restarts there if they do not meet; returns the low end. */
    synchronized long narrow(long newLo, long newHi) {
      long l = Math.max(lo, newLo);
      long h = Math.min(hi, newHi);
      if (l > h) {
        l = newLo;
        h = newHi;
      }
      lo = l;
      hi = h;
      return lo;
    }
  }
}
