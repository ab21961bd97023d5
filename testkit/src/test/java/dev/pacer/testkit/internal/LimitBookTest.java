package dev.pacer.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LimitBookTest {
  private static final long T0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
  private final LimitBook book = new LimitBook();
  private final Limit fivePerSecond = Limit.window("b", 5, Duration.ofSeconds(1), "full");

  @Test
  void admitsExactlyThePermitsOfAWindowAndRejectsTheRest() {
    int admitted = 0;
    for (int i = 0; i < 12; i++) {
      if (book.tryAdmit(List.of(fivePerSecond), T0 + i).admitted()) {
        admitted++;
      }
    }
    assertEquals(5, admitted);
    assertEquals(5, book.snapshot().get("b").admitted());
    assertEquals(5, book.snapshot().get("b").maxAdmittedInAnyWindow());
  }

  @Test
  void windowsAreAlignedToTheEpochNotToTheFirstRequest() {
    for (int i = 0; i < 5; i++) {
      assertTrue(book.tryAdmit(List.of(fivePerSecond), T0 + 900).admitted());
    }
    assertFalse(book.tryAdmit(List.of(fivePerSecond), T0 + 999).admitted());
    // 101 ms after the first request a new epoch-aligned second begins.
    Admission next = book.tryAdmit(List.of(fivePerSecond), T0 + 1000);
    assertTrue(next.admitted());
    assertEquals(new WindowView(5, 1, T0 + 2000), next.window("b"));
  }

  @Test
  void rejectionReportsTheLimitAndWhenItsWindowEnds() {
    for (int i = 0; i < 5; i++) {
      book.tryAdmit(List.of(fivePerSecond), T0 + 250);
    }
    Admission rejected = book.tryAdmit(List.of(fivePerSecond), T0 + 300);
    assertSame(fivePerSecond, rejected.rejectedBy());
    assertEquals(T0 + 1000, rejected.rejectedResetAtMillis());
    assertEquals(0, rejected.window("b").remaining());
    assertEquals(1, rejected.window("b").secondsUntilReset(T0 + 300));
    assertTrue(rejected.buckets().isEmpty());
  }

  @Test
  void requestIsCountedNowhereUnlessEveryLimitAdmitsIt() {
    Limit wide = Limit.window("wide", 100, Duration.ofSeconds(1), "wide full");
    Limit narrow = Limit.window("narrow", 2, Duration.ofSeconds(1), "narrow full");
    for (int i = 0; i < 10; i++) {
      book.tryAdmit(List.of(wide, narrow), T0);
    }
    assertEquals(2, book.snapshot().get("wide").admitted());
    assertEquals(2, book.snapshot().get("narrow").admitted());
    Admission rejected = book.tryAdmit(List.of(wide, narrow), T0);
    assertSame(narrow, rejected.rejectedBy());
    assertEquals(98, rejected.window("wide").remaining());
  }

  @Test
  void concurrencyCapHoldsUntilALeaseIsReleased() {
    Limit cap = Limit.concurrency("cap", 2, "busy");
    Admission first = book.tryAdmit(List.of(cap), T0);
    Admission second = book.tryAdmit(List.of(cap), T0);
    assertTrue(first.admitted());
    assertTrue(second.admitted());
    Admission third = book.tryAdmit(List.of(cap), T0 + 60_000);
    assertSame(cap, third.rejectedBy());
    assertEquals(0, third.rejectedResetAtMillis());

    first.lease().release();
    first.lease().release(); // Twice is harmless: only one slot comes back.
    assertTrue(book.tryAdmit(List.of(cap), T0).admitted());
    assertFalse(book.tryAdmit(List.of(cap), T0).admitted());
    assertEquals(2, book.snapshot().get("cap").peakInFlight());
    assertEquals(2, book.snapshot().get("cap").inFlight());
  }

  @Test
  void rateBucketsReportPeakConcurrencyToo() {
    Admission a = book.tryAdmit(List.of(fivePerSecond), T0);
    Admission b = book.tryAdmit(List.of(fivePerSecond), T0);
    a.lease().release();
    b.lease().release();
    book.tryAdmit(List.of(fivePerSecond), T0).lease().release();
    assertEquals(2, book.snapshot().get("b").peakInFlight());
    assertEquals(0, book.snapshot().get("b").inFlight());
  }

  @Test
  void recordsRejectionsPerBucket() {
    book.tryAdmit(List.of(fivePerSecond), T0);
    book.recordRejection("b");
    book.recordRejection("b");
    assertEquals(2, book.snapshot().get("b").rejected());
    assertEquals(2, book.rejections());
    assertThrows(IllegalArgumentException.class, () -> book.recordRejection("nope"));
  }

  @Test
  void windowsBeforeTheEpochAlignToo() {
    Limit perTen = Limit.window("ten", 1, Duration.ofSeconds(10), "full");
    Admission admission = book.tryAdmit(List.of(perTen), -1);
    assertEquals(0L, admission.window("ten").resetAtMillis());
    assertNull(admission.rejectedBy());
  }

  @Test
  void rejectsABucketListedTwiceForOneRequest() {
    assertThrows(IllegalArgumentException.class,
        () -> book.tryAdmit(List.of(fivePerSecond, fivePerSecond), T0));
  }
}
