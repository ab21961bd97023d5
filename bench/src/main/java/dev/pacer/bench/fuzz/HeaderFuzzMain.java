package dev.pacer.bench.fuzz;

import dev.pacer.internal.HeaderFuzz;

/**
 * The header fuzz in bench mode: {@code HeaderFuzz} (from pacer-core's test jar, the runner the
 * build's {@code HeaderFuzzTest} uses for 12,000 cases) over a million or more seeded hostile
 * answers, in blocks of 10,000 cases with seeds {@code seed, seed + 1, ...}. Prints the counts
 * and exits with status 1 if anything that must never happen did (an unchecked exception, a call
 * that did not end or outlived its bound, a bad listener argument, a permit left behind).
 *
 * <pre>{@code
 * java -cp ... dev.pacer.bench.fuzz.HeaderFuzzMain [cases, default 1000000] [first seed, default 1]
 * }</pre>
 */
public final class HeaderFuzzMain {
  private static final int BLOCK = 10_000;

  private HeaderFuzzMain() {
  }

  /** Runs the fuzz; see the class comment for the arguments. */
  public static void main(String[] args) {
    long cases = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
    long start = System.nanoTime();
    long done = 0;
    long responses = 0;
    long failures = 0;
    long bad = 0;
    HeaderFuzz.Result firstBad = null;
    for (long block = 0; done < cases; block++) {
      int n = (int) Math.min(BLOCK, cases - done);
      HeaderFuzz.Result r = HeaderFuzz.run(seed + block, n);
      done += r.cases();
      responses += r.responses();
      failures += r.failures();
      long b = r.unchecked() + r.unended() + r.overBound() + r.listenerViolations() + r.permitsLeft();
      if (b > 0 && firstBad == null) firstBad = r;
      bad += b;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("header fuzz: %,d cases in %.1f s (%,.0f cases/s), seeds %d..%d%n",
        done, seconds, done / seconds, seed, seed + (done - 1) / BLOCK);
    System.out.printf("  ended with a response: %,d; with a checked IOException: %,d%n", responses, failures);
    System.out.printf("  unchecked exceptions, unended or overlong calls, bad listener arguments, permits left: %,d%n", bad);
    if (firstBad != null) System.out.println("  first bad block: " + firstBad);
    System.out.printf("  machine: %d cores, Java %s, %s %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() >> 20);
    if (bad > 0) System.exit(1);
  }
}
