package dev.pacer.intercom;

import dev.pacer.vendor.support.ModelJsonContract;
import java.util.Map;
import java.util.Set;

/** Intercom's models against bodies shaped like its documented examples; see {@link ModelJsonContract}. */
final class ModelJsonTest extends ModelJsonContract {
  ModelJsonTest() {
    super("dev.pacer.intercom.model");
  }

  /** A few lists name their items after their type; {@code IntercomList} reads and writes them as {@code data}. */
  @Override
  protected Map<String, String> renamedOnWrite() {
    return Map.of("conversations", "data", "admins", "data", "events", "data");
  }

  /** The search query is only ever sent, never read; {@code ContactsApiTest} asserts its wire shape. */
  @Override
  protected Set<String> notJson() {
    return Set.of("SearchRequest", "SearchRequest.Pagination", "SearchRequest.Sort", "SearchQuery.Filter", "SearchQuery.Group");
  }
}
