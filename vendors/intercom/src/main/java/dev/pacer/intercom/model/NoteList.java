package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * The notes on a contact, from {@code GET /contacts/{id}/notes}. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class NoteList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Note> data;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("pages") private Pages pages;

  private NoteList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The notes, newest first; empty when absent. */
  public List<Note> data() {
    return Collections2.view(data);
  }

  /** How many notes there are. */
  public Integer totalCount() {
    return totalCount;
  }

  /** Paging facts, or null. */
  public Pages pages() {
    return pages;
  }

  @Override
  public String toString() {
    return "NoteList{totalCount=" + totalCount + "}";
  }
}
