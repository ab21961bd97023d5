package dev.pacer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ticket keeps each bucket's booking, the schedule and the limiting bucket apart, across reloads. */
final class TicketTest {
  private final BucketTable table = BucketStore.inMemory(10)
      .table(BucketSpec.of("r", List.of(Rate.perSecond(1)), 0, Duration.ZERO), "r|", "");

  private Bucket bucket(String scope) {
    return table.bucket(scope, false, 0);
  }

  @Test
  void bookingsScheduleAndLimitingBucketAreKeptApartPerBucket() {
    Bucket a = bucket("a");
    Bucket b = bucket("b");
    Bucket c = bucket("c");
    Ticket t = new Ticket();
    t.load(new Bucket[] {a, b, c}, 3);
    assertEquals(3, t.size());
    assertEquals(-1, t.limitingIndex());
    assertFalse(t.holdsBookings());
    t.booked(0, -7);
    t.booked(2, Long.MAX_VALUE);
    t.schedule(100, 40, 2);
    assertTrue(t.isBooked(0));
    assertFalse(t.isBooked(1));
    assertTrue(t.isBooked(2));
    assertEquals(-7, t.token(0));
    assertEquals(Long.MAX_VALUE, t.token(2));
    assertEquals(3, t.size(), "the schedule leaves the size alone");
    assertEquals(2, t.limitingIndex());
    assertEquals(100, t.goAtNanos());
    assertEquals(40, t.waitNanos());
    t.released(0);
    assertFalse(t.isBooked(0));
    assertTrue(t.holdsBookings(), "c is still booked");
    t.released(2);
    assertFalse(t.holdsBookings());
    t.booked(0, 5);
    t.schedule(100, 40, -1);
    assertEquals(-1, t.limitingIndex());
    assertTrue(t.isBooked(0), "the schedule leaves the bookings alone");
    assertSame(c, t.bucket(2));
  }

  @Test
  void reloadingStartsOverAndForgetsBucketsBeyondTheNewSize() {
    Bucket a = bucket("a");
    Bucket b = bucket("b");
    Ticket t = new Ticket();
    t.load(new Bucket[] {a, b}, 2);
    t.booked(0, 1);
    t.booked(1, 2);
    t.schedule(9, 9, 1);
    t.load(new Bucket[] {b}, 1);
    assertEquals(1, t.size());
    assertSame(b, t.bucket(0));
    assertFalse(t.holdsBookings());
    assertEquals(-1, t.limitingIndex());
    assertEquals(0, t.goAtNanos());
    assertThrows(IndexOutOfBoundsException.class, () -> t.bucket(1));
    assertThrows(IndexOutOfBoundsException.class, () -> t.schedule(1, 1, 1), "a limiting bucket the ticket does not hold");
    t.load(new Bucket[] {a, b}, 2);
    assertFalse(t.isBooked(1), "a reload books nothing");
  }
}
