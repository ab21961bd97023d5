package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * 12,000 seeded hostile answers ({@link HostileHeaders}) through Pacer's parsing, feedback, retry
 * and listener path ({@link HeaderFuzz}): no unchecked exception, every call ends, within its
 * virtual call timeout, with no listener argument null or negative and no permit left behind.
 * The same cases through the four real drivers over sockets are in {@code HeaderFuzzDriversTest}.
 */
final class HeaderFuzzTest {
  private static final long[] SEEDS = {1, 2, 3, 42, 1_000_003, 20_261_203, -7, 0x5EED_5EEDL};
  private static final int CASES_PER_SEED = 1_500;

  @Test
  void hostileRateLimitAnswersNeverThrowUncheckedAndEveryCallEndsWithinItsBounds() {
    long cases = 0;
    long responses = 0;
    long failures = 0;
    for (long seed : SEEDS) {
      HeaderFuzz.Result r = HeaderFuzz.run(seed, CASES_PER_SEED);
      assertTrue(r.clean(), "seed " + seed + ": " + r);
      cases += r.cases();
      responses += r.responses();
      failures += r.failures();
    }
    assertEquals(12_000, cases);
    // Both ends were reached: the fuzz is not all refusals nor all successes.
    assertTrue(responses > 1_000 && failures > 1_000, "responses " + responses + ", checked failures " + failures);
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertEquals(HeaderFuzz.run(99, 300).toString(), HeaderFuzz.run(99, 300).toString());
  }
}
