package dev.pacer.samples.cli;

import dev.pacer.testkit.VendorSandbox;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pacer sandbox <vendor>}: serves a vendor sandbox until stopped. */
@Command(name = "sandbox",
    description = {
        "Serves a vendor sandbox on this machine until stopped.",
        "The sandbox behaves like the vendor's API and enforces its documented limits, on this machine's "
            + "loopback interface; stop it with Ctrl-C.",
        "Prints the base URL on standard output (one line, for scripts) and what it plays on standard error."},
    sortOptions = false)
final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<vendor>", converter = Vendors.Converter.class,
      completionCandidates = Vendors.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Vendor vendor;

  @Option(names = "--port", paramLabel = "<N>", defaultValue = "0",
      description = "The port to listen on (default: a free one).")
  int port;

  @Option(names = "--skew-s", paramLabel = "<S>", defaultValue = "0",
      description = "Runs the sandbox clock S seconds ahead of this machine's (negative: behind), to try clock skew.")
  long skewSeconds;

  private final CountDownLatch started = new CountDownLatch(1);
  private volatile VendorSandbox sandbox;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) throw new ParameterException(spec.commandLine(), "--port not in [0, 65535]: " + port);
    if (Math.abs(skewSeconds) > 366L * 24 * 3600) {
      throw new ParameterException(spec.commandLine(), "--skew-s beyond a year: " + skewSeconds);
    }
    try {
      sandbox = VendorSandbox.builder(vendor.profile().get())
          .port(port)
          .clockOffset(Duration.ofSeconds(skewSeconds))
          .requestLogLimit(10_000)
          .start();
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println("pacer sandbox: could not listen on port " + port + ": " + e.getCause().getMessage());
      return 1;
    }
    Thread hook = new Thread(sandbox::close, "pacer-sandbox-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println(sandbox.baseUrl());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("Sandbox playing " + sandbox.profile() + " at " + sandbox.baseUrl()
        + (skewSeconds == 0 ? "" : " (its clock " + skewSeconds + " s off)") + "; stop it with Ctrl-C.");
    err.flush();
    started.countDown();
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await(); // until Ctrl-C (the hook closes the sandbox) or an interrupt
    } catch (InterruptedException e) {
      interrupted = true; // restored after closing, which must not see it
    } finally {
      sandbox.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running already.
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return 0;
  }

  /** The running sandbox once started, or null if it did not start within {@code timeout}; for tests. */
  VendorSandbox awaitSandbox(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS) ? sandbox : null;
  }
}
