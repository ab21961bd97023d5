package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * One page of conversations from {@code GET /conversations} or {@code POST
 * /conversations/search}; {@link #pages()} carries the cursor for the next page. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ConversationList {
  @JsonProperty("type") private String type;
  @JsonProperty("conversations") private List<Conversation> conversations;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("pages") private Pages pages;

  private ConversationList() {}

  /** The object type, {@code conversation.list}. */
  public String type() {
    return type;
  }

  /** The conversations on this page; empty when absent. */
  public List<Conversation> conversations() {
    return Collections2.view(conversations);
  }

  /** How many conversations match in all. */
  public Integer totalCount() {
    return totalCount;
  }

  /** Paging facts and the cursor for the next page, or null. */
  public Pages pages() {
    return pages;
  }

  /** The cursor that fetches the page after this one, or null on the last page. */
  public String nextStartingAfter() {
    return pages == null ? null : pages.nextStartingAfter();
  }

  @Override
  public String toString() {
    return "ConversationList{totalCount=" + totalCount + "}";
  }
}
