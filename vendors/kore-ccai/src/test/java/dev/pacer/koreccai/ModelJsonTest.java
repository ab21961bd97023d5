package dev.pacer.koreccai;

import dev.pacer.vendor.support.ModelJsonContract;
import java.util.Map;

/** Kore.ai CCAI's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    super("dev.pacer.koreccai.model");
  }

  /** An agent's group membership names its group {@code name} in some answers, {@code groupName} in others. */
  @Override
  protected Map<String, String> renamedOnWrite() {
    return Map.of("name", "groupName");
  }
}
