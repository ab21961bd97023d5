package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * One page of articles from {@code GET /articles}, which pages by number ({@code page},
 * {@code per_page}); newest updates first. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ArticleList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Article> data;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("pages") private Pages pages;

  private ArticleList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The articles on this page; empty when absent. */
  public List<Article> data() {
    return Collections2.view(data);
  }

  /** How many articles there are. */
  public Integer totalCount() {
    return totalCount;
  }

  /** The page number, page size and page count, or null. */
  public Pages pages() {
    return pages;
  }

  @Override
  public String toString() {
    return "ArticleList{totalCount=" + totalCount + "}";
  }
}
