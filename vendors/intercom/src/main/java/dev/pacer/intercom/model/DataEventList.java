package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * The data events of one contact, from {@code GET /events?type=user} (events less than 90 days
 * old only). Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class DataEventList {
  @JsonProperty("type") private String type;
  @JsonProperty("events") private List<DataEvent> events;

  private DataEventList() {}

  /** The object type, {@code event.list}. */
  public String type() {
    return type;
  }

  /** The events; empty when absent. */
  public List<DataEvent> events() {
    return Collections2.view(events);
  }

  @Override
  public String toString() {
    return "DataEventList{type=" + type + "}";
  }
}
