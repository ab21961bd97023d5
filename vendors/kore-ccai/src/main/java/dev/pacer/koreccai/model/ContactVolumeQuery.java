package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of the WFM "Contact Volume API"; only {@code orgId} and {@code toTimeStamp} are
 * required, null components are left out.
 *
 * @param orgId the organization ID
 * @param fromTimeStamp the start, ISO-8601 UTC (e.g. {@code 2023-01-07T09:45:00Z}); null for an
 *     initial sync from the first record
 * @param toTimeStamp the end, ISO-8601 UTC
 * @param skip records to skip
 * @param limit records to return
 * @param includeSkillBreakdown whether each interval lists per-skill figures
 */
public record ContactVolumeQuery(String orgId, String fromTimeStamp, String toTimeStamp, Integer skip,
    Integer limit, Boolean includeSkillBreakdown) {
  /** Requires the organization and the end of the window. */
  public ContactVolumeQuery {
    Objects.requireNonNull(orgId, "orgId == null");
    Objects.requireNonNull(toTimeStamp, "toTimeStamp == null");
  }
}
