package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * All admins of the workspace, from {@code GET /admins}. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class AdminList {
  @JsonProperty("type") private String type;
  @JsonProperty("admins") private List<Admin> admins;

  private AdminList() {}

  /** The object type, {@code admin.list}. */
  public String type() {
    return type;
  }

  /** The admins; empty when absent. */
  public List<Admin> admins() {
    return Collections2.view(admins);
  }

  @Override
  public String toString() {
    return "AdminList{type=" + type + "}";
  }
}
