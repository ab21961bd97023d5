package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * A list of tags, from {@code GET /tags} or {@code GET /contacts/{id}/tags}. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class TagList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Tag> data;

  private TagList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The tags; empty when absent. */
  public List<Tag> data() {
    return Collections2.view(data);
  }

  @Override
  public String toString() {
    return "TagList{type=" + type + "}";
  }
}
