package dev.pacer.bench.goodput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The goodput harness: replays each vendor scenario against the testkit sandbox with every
 * client kind, prints a Markdown table and writes it to a file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.pacer.bench.goodput.GoodputMain [--quick]
 * [--out goodput.md] [--scenario name] [--diagnostic]}. The full run takes
 * a few minutes (each paced client must take as long as the limits require);
 * {@code --diagnostic} adds {@link ClientKind#PACER_NO_HEADERS}.
 */
public final class GoodputMain {
  static final long SEED = 20_261_129L;

  private GoodputMain() {}

  /** Runs {@code scenarios} with every compared client, in order. */
  static List<GoodputResult> runAll(List<Scenario> scenarios) throws InterruptedException {
    return runAll(scenarios, ClientKind.COMPARED);
  }

  /** Runs {@code scenarios} with {@code kinds}, in order. */
  static List<GoodputResult> runAll(List<Scenario> scenarios, List<ClientKind> kinds) throws InterruptedException {
    List<GoodputResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      for (ClientKind kind : kinds) {
        GoodputResult r = GoodputRun.run(s, kind, SEED);
        System.err.println(row(r));
        results.add(r);
      }
    }
    return results;
  }

  static String table(List<GoodputResult> results) {
    StringBuilder out = new StringBuilder()
        .append("| scenario | client | completed / issued | 429s received | lost | elapsed (s) | least time (s) | documented-rate time (s) | documented-rate time / elapsed (%) | completed/s |\n")
        .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (GoodputResult r : results) out.append(row(r)).append('\n');
    return out.toString();
  }

  static String row(GoodputResult r) {
    double g = r.goodputPercent();
    return String.format(Locale.ROOT, "| %s | %s | %d / %d | %d | %d | %.2f | %.2f | %.2f | %s | %.1f |",
        r.scenario(), r.client(), r.completed(), r.issued(), r.sandbox429s(), r.lost(),
        r.elapsedNanos() / 1e9, r.leastNanos() / 1e9, r.documentedNanos() / 1e9,
        Double.isNaN(g) ? "— (calls lost)" : String.format(Locale.ROOT, "%.1f", g),
        r.completedPerSecond());
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path out = Path.of("goodput.md");
    String only = null;
    boolean diagnostic = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--scenario" -> only = args[++i];
        case "--diagnostic" -> diagnostic = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: [--quick] [--out file.md] [--scenario name] [--diagnostic]; scenarios: esputnik,"
            + " esputnik-shared, intercom, intercom-half-limit, intercom-double-limit, nylas)");
      }
    }
    List<Scenario> scenarios = new ArrayList<>(quick ? Scenarios.quick() : Scenarios.full());
    if (only != null) {
      String name = only;
      scenarios.removeIf(s -> !s.name().equals(name));
      if (scenarios.isEmpty()) throw new IllegalArgumentException("no scenario named " + name);
    }
    List<ClientKind> kinds = new ArrayList<>(ClientKind.COMPARED);
    if (diagnostic) kinds.add(ClientKind.PACER_NO_HEADERS);
    // Warm the JVM up first (JIT, class loading, connection code), or whichever client runs
    // first in a fresh JVM pays for it; these results are discarded.
    System.err.println("warm-up (discarded):");
    runAll(List.of(Scenarios.esputnik(30, 200, 5)), kinds);
    System.err.println("measured:");
    List<GoodputResult> results = runAll(scenarios, kinds);
    String md = "Goodput, " + (quick ? "quick" : "full") + " run\n\n" + table(results);
    System.out.println(md);
    write(out, md);
  }

  private static void write(Path out, String md) throws IOException {
    Files.writeString(out, md, StandardCharsets.UTF_8);
    System.err.println("wrote " + out.toAbsolutePath());
  }
}
