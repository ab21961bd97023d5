package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class ServerClocksTest {
  private static final String SERVER = "api.test:443";

  /** The server's clock runs {@code offset} ms ahead of ours; each exchange takes {@code rtt} ms. */
  private static long exchange(ServerClocks clocks, long sentAt, long offset, long rtt, long serverReadsAfter) {
    long serverNow = sentAt + serverReadsAfter + offset;
    long date = serverNow / 1000 * 1000; // Date has whole seconds
    return clocks.serverNow(SERVER, date, sentAt, sentAt + rtt) - (sentAt + rtt);
  }

  @Test
  void oneResponseGivesTheCautiousReadingOfDate() {
    ServerClocks clocks = new ServerClocks();
    // Server 7.3 s ahead; it read 12:00:07.900 and sent "12:00:07".
    long learnedOffset = exchange(clocks, 600, 7_300, 20, 10);
    // Date - received: 7000 - 620 = 6380, up to a second (plus the round trip) below the truth.
    assertEquals(6_380, learnedOffset);
  }

  @Test
  void manyResponsesNarrowTheOffsetToAboutTheRoundTrip() {
    ServerClocks clocks = new ServerClocks();
    Random random = new Random(17);
    long t = 1_000_000;
    long learned = 0;
    for (int i = 0; i < 40; i++) {
      t += 150 + random.nextInt(700); // answers at assorted sub-second phases
      learned = exchange(clocks, t, 7_300, 20, random.nextInt(21));
    }
    // Never above the truth (never more optimistic than the server), and no longer up to a whole
    // second below it: the round trip plus the closest a Date came to a second boundary.
    assertTrue(learned <= 7_300 && learned >= 7_300 - 100, "learned offset " + learned);
  }

  @Test
  void aClockThatJumpsStartsTheIntervalAfresh() {
    ServerClocks clocks = new ServerClocks();
    Random random = new Random(3);
    long t = 5_000_000;
    for (int i = 0; i < 20; i++) {
      t += 150 + random.nextInt(700);
      exchange(clocks, t, 7_300, 20, 5);
    }
    // The server's clock is set back by 5 s: the old interval cannot hold, the new one is used.
    long learned = exchange(clocks, t + 400, 2_300, 20, 5);
    assertTrue(learned <= 2_300 && learned >= 2_300 - 1_020, "learned offset " + learned);
  }

  @Test
  void anUnreadableDateLearnsNothing() {
    ServerClocks clocks = new ServerClocks();
    assertEquals(HttpDates.UNREADABLE, clocks.serverNow(SERVER, HttpDates.UNREADABLE, 0, 10));
  }
}
