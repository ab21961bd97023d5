package dev.pacer.intercom;

import dev.pacer.vendor.support.testing.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Intercom's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    // A few lists name their items after their type; IntercomList reads and writes them as "data".
    // The search query is only ever sent, never read; ContactsApiTest asserts its wire shape.
    super("dev.pacer.intercom.model",
        Set.of("SearchRequest", "SearchRequest.Pagination", "SearchRequest.Sort", "SearchQuery.Filter", "SearchQuery.Group"),
        Map.of("conversations", "data", "admins", "data", "events", "data", "teams", "data", "segments", "data",
            "tickets", "data", "companies", "data"), Set.of());
  }
}
