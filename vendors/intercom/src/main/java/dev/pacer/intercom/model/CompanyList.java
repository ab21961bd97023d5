package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * One page of companies from {@code GET /companies} or {@code POST /companies/list}, which page
 * by number ({@code page}, {@code per_page}). Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CompanyList {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Company> data;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("pages") private Pages pages;

  private CompanyList() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The companies on this page; empty when absent. */
  public List<Company> data() {
    return Collections2.view(data);
  }

  /** How many companies match in all. */
  public Integer totalCount() {
    return totalCount;
  }

  /** The page number, page size and page count, or null. */
  public Pages pages() {
    return pages;
  }

  @Override
  public String toString() {
    return "CompanyList{totalCount=" + totalCount + "}";
  }
}
