package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.Map;

/**
 * A company as Intercom returns it. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Company {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("name") private String name;
  @JsonProperty("app_id") private String appId;
  @JsonProperty("plan") private Plan plan;
  @JsonProperty("company_id") private String companyId;
  @JsonProperty("remote_created_at") @UnixSeconds private Instant remoteCreatedAt;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("last_request_at") @UnixSeconds private Instant lastRequestAt;
  @JsonProperty("size") private Integer size;
  @JsonProperty("website") private String website;
  @JsonProperty("industry") private String industry;
  @JsonProperty("monthly_spend") private Double monthlySpend;
  @JsonProperty("session_count") private Integer sessionCount;
  @JsonProperty("user_count") private Integer userCount;
  @JsonProperty("custom_attributes") private Map<String, Object> customAttributes;
  @JsonProperty("tags") private Tags tags;

  private Company() {}

  /** The object type, {@code company}. */
  public String type() {
    return type;
  }

  /** Intercom's id of the company. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The id of the workspace. */
  public String appId() {
    return appId;
  }

  /** The plan the company is on, or null. */
  public Plan plan() {
    return plan;
  }

  /** Your own id for the company. */
  public String companyId() {
    return companyId;
  }

  /** When you created the company in your system (Unix seconds on the wire). */
  public Instant remoteCreatedAt() {
    return remoteCreatedAt;
  }

  /** When the company was added to Intercom (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the company was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** When a contact of the company was last seen (Unix seconds on the wire). */
  public Instant lastRequestAt() {
    return lastRequestAt;
  }

  /** How many employees the company has. */
  public Integer size() {
    return size;
  }

  /** The company's website. */
  public String website() {
    return website;
  }

  /** The company's industry. */
  public String industry() {
    return industry;
  }

  /** How much revenue the company brings you per month. */
  public Double monthlySpend() {
    return monthlySpend;
  }

  /** How many sessions the company's contacts had. */
  public Integer sessionCount() {
    return sessionCount;
  }

  /** How many users the company has. */
  public Integer userCount() {
    return userCount;
  }

  /** Your custom attributes; empty when absent. */
  public Map<String, Object> customAttributes() {
    return Collections2.view(customAttributes);
  }

  /** The tags applied to the company. */
  public Tags tags() {
    return tags;
  }

  @Override
  public String toString() {
    return "Company{id=" + id + ", companyId=" + companyId + "}";
  }
}
