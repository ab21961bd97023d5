package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The body of "Import/Save Data by Giving Details" (v1 and v2): the entities to import and their
 * {@code metaData}. Kore documents the entity shape only for skill groups (as the export APIs
 * return them), so entities are JSON: pass what an export returned, changed as needed.
 *
 * @param data the entities, as JSON
 * @param metaData whose data it is and what kind
 */
public record ImportRequest(List<JsonNode> data, ImportMetaData metaData) {
  /** Requires both and copies the list. */
  public ImportRequest {
    data = List.copyOf(Objects.requireNonNull(data, "data == null"));
    Objects.requireNonNull(metaData, "metaData == null");
  }
}
