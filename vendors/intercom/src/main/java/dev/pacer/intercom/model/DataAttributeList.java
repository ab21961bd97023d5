package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * The data attributes from {@code GET /data_attributes}. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DataAttributeList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<DataAttribute> data;

  private DataAttributeList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The attributes; empty when absent. */
  public List<DataAttribute> data() {
    return Collections2.view(data);
  }

  @Override
  public String toString() {
    return "DataAttributeList{type=" + type + "}";
  }
}
