package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class AcceleratedClockTest {
  private final ManualClock base = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));

  @Test
  void bothReadingsStartAtTheBaseReadingsAndRunFactorTimesAsFast() {
    base.advance(Duration.ofSeconds(7));
    AcceleratedClock clock = AcceleratedClock.of(base, 12);
    assertEquals(base.nanoTime(), clock.nanoTime());
    assertEquals(base.wallMillis(), clock.wallMillis());

    base.advance(Duration.ofSeconds(5));

    assertEquals(Duration.ofSeconds(7 + 60).toNanos(), clock.nanoTime());
    assertEquals(Instant.parse("2026-03-01T10:01:07Z").toEpochMilli(), clock.wallMillis());
  }

  @Test
  void theWallReadingCanStartAtAChosenInstant() {
    AcceleratedClock clock = AcceleratedClock.of(base, 10, Instant.parse("2026-03-01T10:00:00Z").minusSeconds(3600));
    assertEquals(base.nanoTime(), clock.nanoTime());
    base.advance(Duration.ofSeconds(6));
    assertEquals(Instant.parse("2026-03-01T09:01:00Z").toEpochMilli(), clock.wallMillis());
    assertEquals(base.nanoTime() - Duration.ofSeconds(6).toNanos() + Duration.ofMinutes(1).toNanos(), clock.nanoTime());
  }

  @Test
  void aFactorOfOneFollowsTheBase() {
    AcceleratedClock clock = AcceleratedClock.of(base, 1);
    base.advanceNanos(1_234_567L);
    assertEquals(base.nanoTime(), clock.nanoTime());
    assertEquals(base.wallMillis(), clock.wallMillis());
  }

  @Test
  void aSandboxOnTheClockCountsAVendorMinuteInAFractionOfOne() {
    AcceleratedClock clock = AcceleratedClock.of(base, 60);
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).clock(clock).start()) {
      Instant before = sandbox.serverTime();
      base.advance(Duration.ofSeconds(1));
      assertEquals(Duration.ofMinutes(1), Duration.between(before, sandbox.serverTime()));
    }
  }

  @Test
  void systemClockVersionMovesForwardAndNamesItsFactor() {
    AcceleratedClock clock = AcceleratedClock.of(5);
    long first = clock.nanoTime();
    assertTrue(clock.nanoTime() >= first);
    assertEquals(5, clock.factor());
    assertEquals("AcceleratedClock{5x}", clock.toString());
  }

  @Test
  void rejectsAFactorOutsideOneToAThousand() {
    assertEquals("factor not in [1, 1000]: 0",
        assertThrows(IllegalArgumentException.class, () -> AcceleratedClock.of(0)).getMessage());
    assertEquals("factor not in [1, 1000]: 1001",
        assertThrows(IllegalArgumentException.class, () -> AcceleratedClock.of(base, 1001)).getMessage());
    assertEquals("base == null",
        assertThrows(NullPointerException.class, () -> AcceleratedClock.of(null, 2)).getMessage());
    assertEquals("wallStart == null",
        assertThrows(NullPointerException.class, () -> AcceleratedClock.of(base, 2, null)).getMessage());
  }
}
