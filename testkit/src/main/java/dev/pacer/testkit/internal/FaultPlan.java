package dev.pacer.testkit.internal;

import dev.pacer.testkit.FaultInjection;
import dev.pacer.testkit.FaultKind;
import java.util.List;
import java.util.SplittableRandom;

/** Draws the fault, if any, for each request in turn from a seeded generator. Thread-safe. */
final class FaultPlan {
  private final double rate;
  private final List<FaultKind> kinds;
  private final SplittableRandom random;

  FaultPlan(FaultInjection faults) {
    this.rate = faults.rate();
    this.kinds = faults.kinds();
    this.random = new SplittableRandom(faults.seed());
  }

  /** The fault for the next request, or null for none. */
  synchronized FaultKind next() {
    if (rate == 0.0) {
      return null;
    }
    if (random.nextDouble() >= rate) {
      return null;
    }
    return kinds.get(random.nextInt(kinds.size()));
  }
}
