package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * A call queued for a concurrency slot is woken when the slot is granted: the blocking driver's
 * parked thread is unparked, the async driver's callback is run. (Both drivers also poll, so
 * without the wake-up a call would still go, only late; these tests see the wake-up itself.)
 */
final class AdmissionWakeTest {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T10:00:00Z"));
  private final Engine engine = new Engine(
      RateLimitPolicy.builder("p").rule(Rule.builder("one-at-a-time").endpoint("GET /x").maxConcurrent(1).build()).build(),
      clock, PacerListener.NONE, Duration.ofMinutes(1), 100);
  private final RetryLogic retry = new RetryLogic(engine, RetryConfig.defaults(), bound -> 0L);
  private final Request request = new Request.Builder().url("http://127.0.0.1:9/x").build();

  /** Takes the only slot with a first call, which is sent and keeps it. */
  private void takeTheSlot() {
    Admission first = new Admission(engine, retry, request, 0, () -> { });
    assertEquals(Admission.Step.Kind.SEND, first.start().kind);
  }

  @Test
  void aGrantedSlotUnparksTheBlockingDriversThread() throws Exception {
    takeTheSlot();
    CountDownLatch parked = new CountDownLatch(1);
    AtomicInteger parks = new AtomicInteger();
    Thread driver = new Thread(() -> {
      Admission second = Admission.parking(engine, retry, request, 0, Thread.currentThread());
      assertEquals(Admission.Step.Kind.WAIT, second.start().kind);
      parked.countDown();
      // Untimed parks: only an unpark (or a rare spurious return) ends one. Bounded in count.
      while (parks.incrementAndGet() < 1000 && second.resume().kind == Admission.Step.Kind.WAIT) LockSupport.park();
      second.cancel();
    });
    driver.setDaemon(true);
    driver.start();
    assertTrue(parked.await(10, TimeUnit.SECONDS));
    // The first call's slot is returned: the grant must unpark the driver.
    engine.releaseSlots(engine.classify(request));
    driver.join(TimeUnit.SECONDS.toMillis(10));
    boolean stuck = driver.isAlive();
    if (stuck) driver.interrupt();
    assertFalse(stuck, "the driver's thread stayed parked after its slot was granted");
    assertTrue(parks.get() < 1000, "parks " + parks.get());
  }

  @Test
  void aGrantedSlotRunsTheAsyncDriversCallback() {
    takeTheSlot();
    AtomicInteger woken = new AtomicInteger();
    Admission second = new Admission(engine, retry, request, 0, woken::incrementAndGet);
    assertEquals(Admission.Step.Kind.WAIT, second.start().kind);
    assertEquals(0, woken.get());
    engine.releaseSlots(engine.classify(request));
    assertEquals(1, woken.get());
    assertEquals(Admission.Step.Kind.SEND, second.resume().kind);
  }
}
