package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /companies} (create, or update the company with the same {@code
 * company_id}) and {@code PUT /companies/{id}} (update; {@code company_id} cannot change there).
 * Only the fields you set are sent. Immutable.
 *
 * <pre>{@code
 * CompanyRequest.builder().companyId("acme-1").name("Acme").plan("pro").build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CompanyRequest {
  @JsonProperty("company_id") private final String companyId;
  @JsonProperty("name") private final String name;
  @JsonProperty("plan") private final String plan;
  @JsonProperty("size") private final Integer size;
  @JsonProperty("website") private final String website;
  @JsonProperty("industry") private final String industry;
  @JsonProperty("remote_created_at") @UnixSeconds private final Instant remoteCreatedAt;
  @JsonProperty("monthly_spend") private final Integer monthlySpend;
  @JsonProperty("custom_attributes")
  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
  private final Map<String, Object> customAttributes;

  private CompanyRequest(Builder b) {
    this.companyId = b.companyId;
    this.name = b.name;
    this.plan = b.plan;
    this.size = b.size;
    this.website = b.website;
    this.industry = b.industry;
    this.remoteCreatedAt = b.remoteCreatedAt;
    this.monthlySpend = b.monthlySpend;
    this.customAttributes = Collections2.copyOrNull(b.customAttributes);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Your id for the company, or null. */
  public String companyId() {
    return companyId;
  }

  /** The name, or null. */
  public String name() {
    return name;
  }

  /** The plan's name, or null. */
  public String plan() {
    return plan;
  }

  /** How many employees, or null. */
  public Integer size() {
    return size;
  }

  /** The website, or null. */
  public String website() {
    return website;
  }

  /** The industry, or null. */
  public String industry() {
    return industry;
  }

  /** When you created the company in your system, or null. */
  public Instant remoteCreatedAt() {
    return remoteCreatedAt;
  }

  /** The monthly revenue (whole units; Intercom truncates decimals), or null. */
  public Integer monthlySpend() {
    return monthlySpend;
  }

  /** The custom attributes to set; empty when none. */
  public Map<String, Object> customAttributes() {
    return Collections2.view(customAttributes);
  }

  @Override
  public String toString() {
    return "CompanyRequest{companyId=" + companyId + "}";
  }

  /** Builds a {@link CompanyRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String companyId;
    private String name;
    private String plan;
    private Integer size;
    private String website;
    private String industry;
    private Instant remoteCreatedAt;
    private Integer monthlySpend;
    private Map<String, Object> customAttributes;

    private Builder() {}

    /** Your own id for the company; {@code POST /companies} upserts on it. */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The plan's name. */
    public Builder plan(String plan) {
      this.plan = plan;
      return this;
    }

    /** How many employees the company has. */
    public Builder size(Integer size) {
      this.size = size;
      return this;
    }

    /** The website's URL. */
    public Builder website(String website) {
      this.website = website;
      return this;
    }

    /** The industry. */
    public Builder industry(String industry) {
      this.industry = industry;
      return this;
    }

    /** When you created the company in your system. */
    public Builder remoteCreatedAt(Instant remoteCreatedAt) {
      this.remoteCreatedAt = remoteCreatedAt;
      return this;
    }

    /** The monthly revenue the company brings you. */
    public Builder monthlySpend(Integer monthlySpend) {
      this.monthlySpend = monthlySpend;
      return this;
    }

    /** Sets one custom attribute; a null value clears it on the server. */
    public Builder customAttribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (customAttributes == null) customAttributes = new LinkedHashMap<>();
      customAttributes.put(name, value);
      return this;
    }

    /** Builds the request. */
    public CompanyRequest build() {
      return new CompanyRequest(this);
    }
  }
}
