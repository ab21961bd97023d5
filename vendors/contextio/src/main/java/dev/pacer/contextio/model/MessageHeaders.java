package dev.pacer.contextio.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message's headers: parsed into name → values, or the unparsed header block when asked for
 * raw headers. Read from {@code {"resource_url": ..., "headers": {...}}}, from the header object
 * itself, or from a string.
 *
 * @param headers each header's values in order, keyed by name as sent; empty when only raw text came
 * @param raw the unparsed header block, or null
 * @param resourceUrl the URL of this resource, when sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageHeaders(Map<String, List<String>> headers, String raw, String resourceUrl) {

  /** Copies the map, so the value is immutable. */
  public MessageHeaders {
    headers = Copies.mapOrEmpty(headers);
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  public String first(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
    }
    return null;
  }

  /** Reads any of the shapes described on this type. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MessageHeaders from(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isTextual()) return new MessageHeaders(Map.of(), node.asText(), null);
    if (!node.isObject()) return null;
    JsonNode url = node.get("resource_url");
    String resourceUrl = url != null && url.isTextual() ? url.asText() : null;
    JsonNode inner = node.get("headers");
    if (inner != null && inner.isTextual()) return new MessageHeaders(Map.of(), inner.asText(), resourceUrl);
    JsonNode source = inner != null && inner.isObject() ? inner : node;
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (source == node && e.getKey().equals("resource_url")) continue;
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        for (JsonNode v : e.getValue()) values.add(v.asText());
      } else if (!e.getValue().isNull()) {
        values.add(e.getValue().asText());
      }
      map.put(e.getKey(), List.copyOf(values));
    }
    return new MessageHeaders(map, null, resourceUrl);
  }
}
