package dev.pacer.contextio;

import dev.pacer.vendor.support.ModelJsonContract;
import java.util.Set;

/** Context.IO's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    super("dev.pacer.contextio.model");
  }

  /** A message's {@code headers} map reads into {@link dev.pacer.contextio.model.MessageHeaders}. */
  @Override
  protected Set<String> reshapedOnWrite() {
    return Set.of("headers");
  }
}
