package dev.pacer.nylas;

import dev.pacer.vendor.support.testing.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Nylas' models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    // DeltaOptions are query parameters, not a body. The reference's availability example names a
    // time slot's ends "start" and "end"; TimeSlot reads them and writes start_time and end_time.
    super("dev.pacer.nylas.model", Set.of("DeltaOptions"), Map.of("start", "start_time", "end", "end_time"), Set.of());
  }
}
