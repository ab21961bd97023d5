package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * A company as Intercom returns it. Read-only.
 *
 * @param type the object type, {@code company}
 * @param id intercom's id of the company
 * @param name the name
 * @param appId the id of the workspace
 * @param plan the plan the company is on, or null
 * @param companyId your own id for the company
 * @param remoteCreatedAt when you created the company in your system (Unix seconds on the wire)
 * @param createdAt when the company was added to Intercom (Unix seconds on the wire)
 * @param updatedAt when the company was last updated (Unix seconds on the wire)
 * @param lastRequestAt when a contact of the company was last seen (Unix seconds on the wire)
 * @param size how many employees the company has
 * @param website the company's website
 * @param industry the company's industry
 * @param monthlySpend how much revenue the company brings you per month
 * @param sessionCount how many sessions the company's contacts had
 * @param userCount how many users the company has
 * @param customAttributes your custom attributes; empty when absent
 * @param tags the tags applied to the company
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Company(
    String type,
    String id,
    String name,
    String appId,
    Plan plan,
    String companyId,
    @UnixSeconds Instant remoteCreatedAt,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    @UnixSeconds Instant lastRequestAt,
    Integer size,
    String website,
    String industry,
    Double monthlySpend,
    Integer sessionCount,
    Integer userCount,
    Map<String, Object> customAttributes,
    Tags tags) {
  public Company {
    customAttributes = Copies.mapOrEmpty(customAttributes);
  }

  @Override
  public String toString() {
    return "Company{id=" + id + ", companyId=" + companyId + "}";
  }
}
