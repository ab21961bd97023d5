package dev.pacer.nylas;

import dev.pacer.vendor.support.ModelJsonContract;
import java.util.Set;

/** Nylas' models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    super("dev.pacer.nylas.model");
  }

  /** {@code DeltaOptions} are query parameters, not a body. */
  @Override
  protected Set<String> notJson() {
    return Set.of("DeltaOptions");
  }
}
