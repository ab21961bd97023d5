package dev.pacer.koreccai;

import dev.pacer.vendor.support.testing.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Kore.ai CCAI's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    // An agent's group membership is named "name" in some answers, "groupName" in others.
    super("dev.pacer.koreccai.model", Set.of(), Map.of("name", "groupName"), Set.of());
  }
}
