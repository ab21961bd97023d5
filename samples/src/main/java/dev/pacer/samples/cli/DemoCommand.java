package dev.pacer.samples.cli;

import dev.pacer.event.PacerListener;
import dev.pacer.testkit.AcceleratedClock;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.time.PacerClock;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pacer demo <vendor>}: one burst with Pacer and without it, side by side. */
@Command(name = "demo",
    description = {
        "Runs a burst of calls with Pacer and without it, against a sandbox on this machine, and compares.",
        "First the burst goes through the vendor's typed client (with Pacer), showing what the sandbox counts "
            + "per bucket as it goes; then the same burst goes through a plain OkHttpClient (without Pacer) to a "
            + "fresh sandbox; then the two are compared.",
        "Kore.ai and Context.IO count their limits per minute, so their demos run the sandbox and the client on "
            + "a shared clock 12 times as fast as real time: two and a half minutes of the limit in some 13 s.",
        "No network and no credentials needed. Every vendor has a demo: esputnik, intercom, nylas, kore-ccai, "
            + "context-io."},
    sortOptions = false)
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<vendor>", converter = Vendors.Converter.class,
      completionCandidates = Vendors.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Vendor vendor;

  @Option(names = "--scale", paramLabel = "<factor>", defaultValue = "1",
      description = "Multiplies every step's number of calls (default ${DEFAULT-VALUE}; 0.5 halves the burst, 3 triples it).")
  double scale;

  @Option(names = "--latency-ms", paramLabel = "<ms>", defaultValue = "20",
      description = "How long the sandbox takes to answer each call (default ${DEFAULT-VALUE}).")
  int latencyMs;

  @Option(names = "--plain", description = "Print a progress line per second even on a terminal, instead of redrawing.")
  boolean plainProgress;

  private static final double WARM_UP_SCALE = 0.01;

  /** What one run did. */
  record Result(int calls, long requests, long status429, int lost, Duration elapsed, long waits) {}

  @Override
  public Integer call() throws Exception {
    if (vendor.demo() == null) {
      throw new ParameterException(spec.commandLine(), "no demo for " + vendor.title()
          + " yet; `pacer policy " + vendor.name() + "`, `pacer sandbox " + vendor.name()
          + "` and `pacer load --vendor " + vendor.name() + "` work");
    }
    if (!(scale > 0 && scale <= 100)) {
      throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most 100: " + scale);
    }
    if (latencyMs < 0 || latencyMs > 10_000) {
      throw new ParameterException(spec.commandLine(), "--latency-ms must be in [0, 10000]: " + latencyMs);
    }
    return run(vendor.demo());
  }

  private <C extends Closeable> int run(Demo<C> demo) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean redraw = !plainProgress && Terminal.interactive();
    int calls = 0;
    for (Demo.Step<C> step : demo.steps()) calls += step.count(scale);

    if (demo.note() != null) out.println(demo.note());
    out.printf("pacer demo %s: %d calls, each sandbox answering in %d ms:%n", vendor.name(), calls, latencyMs);
    List<String[]> rows = new ArrayList<>();
    for (Demo.Step<C> step : demo.steps()) {
      rows.add(new String[] {"  " + step.count(scale) + " x", step.label(), "limit " + step.limit()});
    }
    for (String line : Table.format(rows)) out.println(line);
    out.println();
    out.flush();
    // A few calls each way first, to a throwaway sandbox, so class loading and JIT compilation
    // slow neither run (a cold JVM sends its first calls in a clump).
    runOnce(demo, true, null, false, WARM_UP_SCALE);
    runOnce(demo, false, null, false, WARM_UP_SCALE);
    out.println("1. Through the typed " + vendor.title() + " client, with Pacer:");
    out.flush();
    Result paced = runOnce(demo, true, out, redraw, scale);
    out.println();
    out.println("2. The same burst through a plain OkHttpClient, without Pacer, to a fresh sandbox:");
    out.flush();
    Result plain = runOnce(demo, false, out, redraw, scale);

    out.println();
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {"", "with Pacer", "plain OkHttp"});
    table.add(new String[] {"calls", Integer.toString(paced.calls()), Integer.toString(plain.calls())});
    table.add(new String[] {"requests sent", Long.toString(paced.requests()), Long.toString(plain.requests())});
    table.add(new String[] {"calls that waited for a permit", Long.toString(paced.waits()), "-"});
    table.add(new String[] {"429s from the server", Long.toString(paced.status429()), Long.toString(plain.status429())});
    table.add(new String[] {"lost calls", Integer.toString(paced.lost()), Integer.toString(plain.lost())});
    table.add(new String[] {"elapsed", seconds(paced.elapsed()), seconds(plain.elapsed())});
    for (String line : Table.format(table)) out.println(line);
    out.println();
    Duration longer = paced.elapsed().minus(plain.elapsed());
    if (paced.lost() == 0 && plain.lost() > 0) {
      out.printf("Pacer took %s longer and lost nothing; without it %d of %d calls drew a 429 and were lost.%n",
          seconds(longer.isNegative() ? Duration.ZERO : longer), plain.lost(), plain.calls());
    } else if (plain.lost() == 0) {
      out.println("At this scale the burst fits within the limits, so plain OkHttp lost nothing either; try --scale 3.");
    }
    out.flush();
    return paced.lost() == 0 ? 0 : 1;
  }

  /**
   * Waits (at most a second) for the next whole second of {@code clock}, where the sandbox's
   * per-second windows begin: the plain burst then meets one fresh window, as a burst against an
   * idle API does, instead of being split across two by chance (a 0.2 s burst that starts late in
   * a second can fit under both halves' limits and show no 429 at all).
   */
  private static void startOfSecond(PacerClock clock) throws IOException {
    long toNext = 1000 - Math.floorMod(clock.wallMillis(), 1000L);
    try {
      TimeUnit.MILLISECONDS.sleep(toNext + 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted before the plain burst");
    }
  }

  /** Runs the burst at {@code scale} against a fresh sandbox, showing progress on {@code out} unless it is null. */
  private <C extends Closeable> Result runOnce(Demo<C> demo, boolean withPacer, PrintWriter out, boolean redraw,
      double scale) throws IOException {
    AtomicLong waits = new AtomicLong();
    PacerListener listener = new PacerListener() {
      @Override
      public void waited(String endpoint, String rule, Duration wait) {
        waits.incrementAndGet();
      }
    };
    // Sandbox and client share one clock: the system's, or one running speedUp() times as fast.
    // An accelerated clock starts at a whole minute: the burst begins with a fresh sandbox window.
    PacerClock clock = demo.speedUp() == 1 ? PacerClock.system() : AcceleratedClock.of(PacerClock.system(),
        demo.speedUp(), Instant.ofEpochMilli(PacerClock.system().wallMillis()).truncatedTo(ChronoUnit.MINUTES));
    VendorProfile profile = demo.profile() != null ? demo.profile().get() : vendor.profile().get();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    List<Runnable> starts = new ArrayList<>();
    List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();

    try (VendorSandbox sandbox = VendorSandbox.builder(profile)
            .clock(clock)
            .latency(Duration.ofMillis(latencyMs))
            .requestLogLimit(0)
            .start();
        C client = withPacer ? demo.newClient(sandbox.baseUrl(), http, listener, clock) : null) {
      HttpUrl base = sandbox.baseUrl();
      // Interleave the steps, so every bucket is busy from the start, as in a real app.
      List<double[]> order = new ArrayList<>();
      List<Runnable> byOrder = new ArrayList<>();
      for (Demo.Step<C> step : demo.steps()) {
        int count = step.count(scale);
        for (int i = 0; i < count; i++) {
          int index = i;
          CompletableFuture<Boolean> outcome = new CompletableFuture<>();
          outcome.whenComplete((ok, e) -> done.incrementAndGet());
          outcomes.add(outcome);
          order.add(new double[] {(i + 0.5) / count, byOrder.size()});
          byOrder.add(withPacer
              ? () -> startTyped(step, client, index, outcome)
              : () -> http.newCall(step.plain().request(base, index)).enqueue(new Callback() {
                  @Override
                  public void onFailure(Call call, IOException e) {
                    outcome.complete(false);
                  }

                  @Override
                  public void onResponse(Call call, Response response) {
                    try (response) {
                      outcome.complete(response.isSuccessful());
                    }
                  }
                }));
        }
      }
      order.sort(Comparator.comparingDouble(o -> o[0]));
      for (double[] o : order) starts.add(byOrder.get((int) o[1]));

      BucketMeter meter = new BucketMeter(sandbox, clock);
      int calls = outcomes.size();
      if (!withPacer && out != null && demo.speedUp() == 1) startOfSecond(clock);
      long start = System.nanoTime();
      LiveView view = out == null ? null : new LiveView(out, redraw, () -> {
        long elapsed = System.nanoTime() - start;
        String summary = String.format(Locale.ROOT, "%5.1f s  %d of %d calls done  %d 429s%s",
            elapsed / 1e9, done.get(), calls, meter.stats().count429(),
            withPacer ? "  " + waits.get() + " calls waited for a permit" : "");
        return new LiveView.Frame(summary, meter.lines());
      });
      try {
        for (Runnable s : starts) s.run();
        CompletableFuture.allOf(outcomes.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new IOException("the burst did not finish: " + e, e);
      } finally {
        if (view != null) view.close(); // draws the last frame
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      int lost = 0;
      for (CompletableFuture<Boolean> outcome : outcomes) if (!outcome.join()) lost++;
      return new Result(calls, sandbox.stats().requestCount(), sandbox.stats().count429(), lost, elapsed, waits.get());
    } finally {
      dispatcher.executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static <C> void startTyped(Demo.Step<C> step, C client, int index, CompletableFuture<Boolean> outcome) {
    try {
      step.typed().start(client, index).whenComplete((body, e) -> outcome.complete(e == null));
    } catch (RuntimeException e) {
      outcome.complete(false);
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
