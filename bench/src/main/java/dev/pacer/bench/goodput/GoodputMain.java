package dev.pacer.bench.goodput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The goodput harness: replays each scenario against a fresh loopback server (the testkit
 * sandbox, or a {@link LimitServer} for limits the sandbox does not model) with every client
 * kind, prints a Markdown table and writes it to a file.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.pacer.bench.goodput.GoodputMain [--quick |
 * --adaptive] [--out goodput.md] [--scenario name] [--diagnostic]}. The full run (the vendor
 * scenarios, then the adaptive-pacing ones) takes several minutes (each paced client must take
 * as long as the limits require); {@code --adaptive} runs only issue #16's scenarios;
 * {@code --diagnostic} adds {@link ClientKind#PACER_NO_HEADERS} where the server sends
 * {@code X-RateLimit-*} headers, and per row what the server saw per window and (for Pacer) a
 * summary of its listener events.
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
    return runAll(scenarios, kinds, false);
  }

  /**
   * Runs {@code scenarios} with {@code kinds}, in order; {@link ClientKind#PACER_NO_HEADERS} only
   * where the server sends rate-limit headers (elsewhere it is Pacer again). With
   * {@code diagnostic}, each row carries and prints what the server saw per window and, for
   * Pacer, a summary of its listener events.
   */
  static List<GoodputResult> runAll(List<Scenario> scenarios, List<ClientKind> kinds, boolean diagnostic)
      throws InterruptedException {
    List<GoodputResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      for (ClientKind kind : kinds) {
        if (kind == ClientKind.PACER_NO_HEADERS && !s.rateLimitHeaders()) continue;
        GoodputResult r = GoodputRun.run(s, kind, SEED, diagnostic);
        System.err.println(row(r));
        if (!r.diagnostics().isEmpty()) System.err.print(r.diagnostics());
        results.add(r);
      }
    }
    return results;
  }

  static String table(List<GoodputResult> results) {
    StringBuilder out = new StringBuilder()
        .append("| scenario | client | completed / issued | 429s received | lost | POSTs applied twice | elapsed (s) | least time (s) | least time / elapsed (%) | documented-rate time (s) | documented-rate time / elapsed (%) | completed/s |\n")
        .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (GoodputResult r : results) out.append(row(r)).append('\n');
    return out.toString();
  }

  static String row(GoodputResult r) {
    return String.format(Locale.ROOT, "| %s | %s | %d / %d | %d | %d | %s | %.2f | %.2f | %s | %.2f | %s | %.1f |",
        r.scenario(), r.client(), r.completed(), r.issued(), r.sandbox429s(), r.lost(),
        r.postsAppliedTwice() < 0 ? "—" : Long.toString(r.postsAppliedTwice()),
        r.elapsedNanos() / 1e9, r.leastNanos() / 1e9, percent(r.leastTimePercent()),
        r.documentedNanos() / 1e9, percent(r.goodputPercent()), r.completedPerSecond());
  }

  private static String percent(double p) {
    return Double.isNaN(p) ? "— (calls lost)" : String.format(Locale.ROOT, "%.1f", p);
  }

  /** What each server saw per window, and Pacer's listener events, per row, for {@code --diagnostic}. */
  static String events(List<GoodputResult> results) {
    StringBuilder out = new StringBuilder();
    for (GoodputResult r : results) {
      if (r.diagnostics().isEmpty()) continue;
      out.append("\n").append(r.scenario()).append(" / ").append(r.client()).append(":\n```\n")
          .append(r.diagnostics()).append("```\n");
    }
    return out.toString();
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean adaptive = false;
    Path out = Path.of("goodput.md");
    String only = null;
    boolean diagnostic = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--adaptive" -> adaptive = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--scenario" -> only = args[++i];
        case "--diagnostic" -> diagnostic = true;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: [--quick | --adaptive] [--out file.md] [--scenario name] [--diagnostic]; scenarios: "
            + String.join(", ", Scenarios.names()) + ")");
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    if (quick) {
      scenarios.addAll(Scenarios.quick());
    } else {
      if (!adaptive || only != null) scenarios.addAll(Scenarios.full());
      scenarios.addAll(Scenarios.adaptive());
    }
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
    List<GoodputResult> results = runAll(scenarios, kinds, diagnostic);
    String md = "Goodput, " + (quick ? "quick" : adaptive ? "adaptive" : "full") + " run\n\n" + table(results)
        + (diagnostic ? "\nPer row: the server's answers per window, and Pacer's listener events:\n" + events(results) : "");
    System.out.println(md);
    write(out, md);
  }

  private static void write(Path out, String md) throws IOException {
    Files.writeString(out, md, StandardCharsets.UTF_8);
    System.err.println("wrote " + out.toAbsolutePath());
  }
}
