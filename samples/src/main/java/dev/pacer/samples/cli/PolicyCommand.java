package dev.pacer.samples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pacer policy <vendor>}: the vendor's declared limits as a table. */
@Command(name = "policy", description = {"Prints a vendor's declared rate limits as a table.", "These are the limits its typed client keeps."})
final class PolicyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<vendor>", converter = Vendors.Converter.class,
      completionCandidates = Vendors.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Vendor vendor;

  @Override
  public Integer call() {
    try {
      spec.commandLine().getOut().print(PolicyTable.render(vendor.title(), vendor.requirePolicy("policy")));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
