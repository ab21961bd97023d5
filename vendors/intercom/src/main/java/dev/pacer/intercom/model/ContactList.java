package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * One page of contacts from {@code GET /contacts} or {@code POST /contacts/search}; {@link
 * #pages()} carries the cursor for the next page. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ContactList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Contact> data;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("pages") private Pages pages;

  private ContactList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The contacts on this page; empty when absent. */
  public List<Contact> data() {
    return Collections2.view(data);
  }

  /** How many contacts match in all. */
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
    return "ContactList{totalCount=" + totalCount + "}";
  }
}
