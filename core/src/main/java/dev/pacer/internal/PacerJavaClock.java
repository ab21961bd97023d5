package dev.pacer.internal;

import dev.pacer.time.PacerClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link java.time.Clock} reading a {@link PacerClock}'s wall time, so libraries that take one run on Pacer's clock. */
final class PacerJavaClock extends Clock {
  private final PacerClock clock;

  PacerJavaClock(PacerClock clock) {
    this.clock = clock;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(clock.wallMillis());
  }

  @Override
  public long millis() {
    return clock.wallMillis();
  }
}
