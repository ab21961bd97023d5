package dev.pacer.esputnik;

import dev.pacer.vendor.support.testing.ModelJsonContract;

/** eSputnik's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    super("dev.pacer.esputnik.model");
  }
}
