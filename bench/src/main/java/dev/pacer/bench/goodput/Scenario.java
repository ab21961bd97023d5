package dev.pacer.bench.goodput;

import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A workload replayed against a fresh loopback server per client: the server (the testkit
 * sandbox playing a vendor, or a {@link LimitServer}), the caller's thread count (for Pacer
 * through its call factory, the calls in flight at once), the Pacer policy, whether the server
 * sends {@code X-RateLimit-*} headers (only then does the header-hiding diagnostic client run),
 * whether Pacer goes through {@code PacedCallFactory.enqueue} instead of a blocking pool, and
 * the calls.
 */
record Scenario(
    String name,
    Supplier<BenchServer> server,
    int threads,
    RateLimitPolicy pacerPolicy,
    boolean rateLimitHeaders,
    boolean pacerAsync,
    List<Workload> workloads) {

  Scenario {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(server, "server == null");
    Objects.requireNonNull(pacerPolicy, "pacerPolicy == null");
    if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
    workloads = List.copyOf(workloads);
  }

  /** A scenario against the testkit sandbox playing {@code profile}. */
  static Scenario sandbox(String name, VendorProfile profile, Duration clockOffset, Duration streamHold,
      int threads, RateLimitPolicy pacerPolicy, boolean rateLimitHeaders, List<Workload> workloads) {
    Supplier<BenchServer> start = () -> BenchServer.of(VendorSandbox.builder(profile)
        .clockOffset(clockOffset)
        .streamHold(streamHold)
        .requestLogLimit(BenchServer.ARRIVALS_KEPT)
        .start());
    return new Scenario(name, start, threads, pacerPolicy, rateLimitHeaders, false, workloads);
  }

  /** A scenario against a {@link LimitServer} enforcing {@code spec}. */
  static Scenario limitServer(String name, LimitServer.Spec spec, int threads, RateLimitPolicy pacerPolicy,
      List<Workload> workloads) {
    return new Scenario(name, () -> LimitServer.start(spec), threads, pacerPolicy, false, false, workloads);
  }

  /** The same scenario, named {@code newName}, with Pacer sending through its call factory's {@code enqueue}. */
  Scenario pacerThroughCallFactory(String newName) {
    return new Scenario(newName, server, threads, pacerPolicy, rateLimitHeaders, true, workloads);
  }

  /** Starts a fresh server for one client's run. */
  BenchServer start() {
    return server.get();
  }

  /** The shortest period of the scenario's rate limits, for counting arrivals per window. */
  long periodMillis() {
    return workloads.stream().filter(w -> w.permits() > 0).mapToLong(w -> w.period().toMillis()).min().orElse(1_000);
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
