package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
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
 *
 * @param companyId your id for the company, or null
 * @param name the name, or null
 * @param plan the plan's name, or null
 * @param size how many employees, or null
 * @param website the website, or null
 * @param industry the industry, or null
 * @param remoteCreatedAt when you created the company in your system, or null
 * @param monthlySpend the monthly revenue (whole units; Intercom truncates decimals), or null
 * @param customAttributes the custom attributes to set, or null when not sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompanyRequest(
    String companyId,
    String name,
    String plan,
    Integer size,
    String website,
    String industry,
    @UnixSeconds Instant remoteCreatedAt,
    Integer monthlySpend,
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> customAttributes) {
  public CompanyRequest {
    customAttributes = Copies.mapOrNull(customAttributes);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
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
    public Builder companyId(String companyId) { this.companyId = companyId; return this; }

    /** The name. */
    public Builder name(String name) { this.name = name; return this; }

    /** The plan's name. */
    public Builder plan(String plan) { this.plan = plan; return this; }

    /** How many employees the company has. */
    public Builder size(Integer size) { this.size = size; return this; }

    /** The website's URL. */
    public Builder website(String website) { this.website = website; return this; }

    /** The industry. */
    public Builder industry(String industry) { this.industry = industry; return this; }

    /** When you created the company in your system. */
    public Builder remoteCreatedAt(Instant remoteCreatedAt) { this.remoteCreatedAt = remoteCreatedAt; return this; }

    /** The monthly revenue the company brings you. */
    public Builder monthlySpend(Integer monthlySpend) { this.monthlySpend = monthlySpend; return this; }

    /** Sets one custom attribute; a null value clears it on the server. */
    public Builder customAttribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (customAttributes == null) customAttributes = new LinkedHashMap<>();
      customAttributes.put(name, value);
      return this;
    }

    /** Builds the request. */
    public CompanyRequest build() {
      return new CompanyRequest(
          companyId,
          name,
          plan,
          size,
          website,
          industry,
          remoteCreatedAt,
          monthlySpend,
          customAttributes);
    }
  }
}
