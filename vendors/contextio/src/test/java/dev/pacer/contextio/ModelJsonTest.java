package dev.pacer.contextio;

import dev.pacer.vendor.support.testing.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Context.IO's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    // A message's "headers" map reads into MessageHeaders, which writes its own shape.
    super("dev.pacer.contextio.model", Set.of(), Map.of(), Set.of("headers"));
  }
}
