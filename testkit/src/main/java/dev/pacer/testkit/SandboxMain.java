package dev.pacer.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link VendorSandbox} from the command line until killed, printing its base URL on
 * standard output (one line, for scripts) and a description on standard error:
 *
 * <pre>
 * java -cp ... dev.pacer.testkit.SandboxMain &lt;vendor&gt; [--port N] [--skew-s S]
 * </pre>
 *
 * <p>{@code vendor} is one of {@code esputnik}, {@code intercom}, {@code nylas},
 * {@code kore-ccai}, {@code context-io}; {@code --port} defaults to a free port;
 * {@code --skew-s} sets the sandbox clock S seconds ahead (negative: behind).
 */
public final class SandboxMain {
  private SandboxMain() {}

  /** Starts the sandbox and serves until the process is killed; exit code 2 on bad arguments. */
  public static void main(String[] args) throws InterruptedException {
    VendorSandbox sandbox;
    try {
      sandbox = start(args, System.out, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
    new CountDownLatch(1).await();
  }

  /** Parses {@code args}, starts the sandbox and prints where it listens. */
  static VendorSandbox start(String[] args, PrintStream out, PrintStream err) {
    VendorSandbox.Builder builder = parse(args);
    VendorSandbox sandbox = builder.start();
    out.println(sandbox.baseUrl());
    out.flush();
    err.println("Pacer sandbox playing " + sandbox.profile() + " at " + sandbox.baseUrl()
        + " (clock offset " + sandbox.clockOffset() + "); stop it with Ctrl-C");
    return sandbox;
  }

  /** The builder {@code args} describe. */
  static VendorSandbox.Builder parse(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("missing vendor");
    }
    VendorSandbox.Builder builder = VendorSandbox.builder(VendorProfile.forName(args[0]));
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      if (!option.equals("--port") && !option.equals("--skew-s")) {
        throw new IllegalArgumentException("unknown option: " + option);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + option);
      }
      String value = args[++i];
      long number;
      try {
        number = Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number for " + option + ": " + value);
      }
      if (option.equals("--port")) {
        if (number < 0 || number > 65_535) {
          throw new IllegalArgumentException("port not in [0, 65535]: " + value);
        }
        builder.port((int) number);
      } else {
        builder.clockOffset(Duration.ofSeconds(number));
      }
    }
    return builder;
  }

  static String usage() {
    return "usage: SandboxMain <vendor> [--port N] [--skew-s S]   vendors: "
        + String.join(", ", VendorProfile.names());
  }
}
