package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * One batch of companies from {@code GET /companies/scroll}. Pass {@link #scrollParam()} back to
 * get the next batch; an empty batch ends the scroll. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CompanyScroll {
  @JsonProperty("type") private String type;
  @JsonProperty("data") private List<Company> data;
  @JsonProperty("total_count") private Integer totalCount;
  @JsonProperty("scroll_param") private String scrollParam;

  private CompanyScroll() {}

  /** The object type, {@code list}. */
  public String type() {
    return type;
  }

  /** The companies in this batch; empty when absent. */
  public List<Company> data() {
    return Collections2.view(data);
  }

  /** How many companies there are in all, or null. */
  public Integer totalCount() {
    return totalCount;
  }

  /** The parameter that fetches the next batch. */
  public String scrollParam() {
    return scrollParam;
  }

  @Override
  public String toString() {
    return "CompanyScroll{scrollParam=" + scrollParam + "}";
  }
}
