package dev.pacer.samples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pacer} command-line tool: {@code demo}, {@code policy}, {@code sandbox} and
 * {@code load}. Run it with {@code java -jar samples/target/pacer.jar <command>}.
 */
@Command(name = "pacer",
    mixinStandardHelpOptions = true,
    versionProvider = PacerCli.Version.class,
    description = "Call rate-limited SaaS APIs as fast as the vendor allows, and no faster.",
    subcommands = {DemoCommand.class, PolicyCommand.class, SandboxCommand.class, LoadCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Start with: pacer demo esputnik"})
public final class PacerCli implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Runs the tool and exits with its exit code: 0 on success, 1 when the job failed, 2 for bad arguments. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for embedding. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PacerCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(PacerCli::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // Failures of the job itself (a port in use, a network failure): one clear line, no stack trace.
      commandLine.getErr().println("pacer " + commandLine.getCommandName() + ": " + e);
      commandLine.getErr().flush();
      return 1;
    });
    return cli;
  }

  /**
   * Prints a usage error as picocli does (the message, suggestions, the command's usage), except
   * that the value of every {@code --token} (or of any option spelt like it, such as a mistyped
   * {@code --tokn}) is masked: picocli's messages quote arguments, which would print a token.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String message = String.valueOf(e.getMessage());
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-") || !args[i].toLowerCase(java.util.Locale.ROOT).contains("tok")) continue;
      int equals = args[i].indexOf('=');
      String secret = equals >= 0 ? args[i].substring(equals + 1) : i + 1 < args.length ? args[i + 1] : "";
      if (!secret.isBlank()) message = message.replace(secret, "***");
    }
    err.println(message);
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) cli.usage(err);
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** {@code pacer} alone: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PacerCli.class.getPackage().getImplementationVersion();
      return new String[] {"pacer " + (version == null ? "(development build)" : version)};
    }
  }
}
