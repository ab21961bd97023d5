package dev.pacer.bench.goodput;

import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A vendor acceptance workload replayed against the testkit sandbox: the profile and its
 * settings, the caller's thread count, the vendor module's Pacer policy, and the calls.
 */
record Scenario(
    String name,
    VendorProfile profile,
    Duration clockOffset,
    Duration streamHold,
    int threads,
    RateLimitPolicy pacerPolicy,
    boolean fixedWindow,
    List<Workload> workloads) {

  Scenario {
    Objects.requireNonNull(name, "name == null");
    workloads = List.copyOf(workloads);
  }

  VendorSandbox start() {
    return VendorSandbox.builder(profile)
        .clockOffset(clockOffset)
        .streamHold(streamHold)
        .requestLogLimit(0)
        .start();
  }

  int issued() {
    return workloads.stream().mapToInt(Workload::count).sum();
  }

  /**
   * The bottleneck workload's least time for a run starting at {@code serverStartMillis} on the
   * sandbox clock; workloads run at once on independent limits.
   */
  long leastNanos(long serverStartMillis) {
    return byLimit().stream().mapToLong(w -> w.leastNanos(serverStartMillis)).max().orElse(0);
  }

  long documentedNanos() {
    return byLimit().stream().mapToLong(Workload::documentedNanos).max().orElse(0);
  }

  /** One workload per limit: workloads sharing a limit are merged, their counts added. */
  List<Workload> byLimit() {
    java.util.Map<String, Workload> merged = new java.util.LinkedHashMap<>();
    for (Workload w : workloads) {
      merged.merge(w.limitKey(), w, (a, b) -> a.withCount(a.count() + b.count()));
    }
    return List.copyOf(merged.values());
  }
}
