package dev.pacer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.bench.footprint.FootprintMain;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The quick mode: every harness runs at a tiny size and produces sane numbers. It checks
 * outcomes, never speed; the full run is documented in {@code docs/benchmarks.md}.
 */
final class BenchSmokeTest {

  @Test
  void decisionBenchmarkRunsOneTinyIterationForEveryLibrary() throws Exception {
    Options options = new OptionsBuilder()
        .include(dev.pacer.bench.jmh.DecisionBenchmark.class.getName() + ".single_")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(6, results.size(), "one result per single-bucket benchmark");
    for (RunResult r : results) {
      double score = r.getPrimaryResult().getScore();
      assertTrue(score > 0 && Double.isFinite(score), r.getParams().getBenchmark() + " scored " + score);
    }
  }

  @Test
  void footprintMeasuresEveryLibrary() throws InterruptedException {
    Map<String, List<Double>> perKey = FootprintMain.measure(20_000, 1);
    assertEquals(List.of("Pacer", "Resilience4j RateLimiter", "Bucket4j", "Guava RateLimiter", "Failsafe RateLimiter"),
        List.copyOf(perKey.keySet()));
    perKey.forEach((library, values) -> {
      double bytes = values.get(0);
      // A keyed limiter holds at least its key and one object; none should need kilobytes.
      assertTrue(bytes > 32 && bytes < 10_000, library + ": " + bytes + " bytes per key");
    });
  }
}
