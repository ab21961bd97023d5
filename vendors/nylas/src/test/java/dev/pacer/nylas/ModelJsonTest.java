package dev.pacer.nylas;

import dev.pacer.vendor.support.testing.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Nylas' models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    // DeltaOptions are query parameters, not a body.
    super("dev.pacer.nylas.model", Set.of("DeltaOptions"), Map.of(), Set.of());
  }
}
