package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Historical Agent Status Summary" and "Agent Status Details API".
 *
 * @param filter the agents and days to report
 * @param granularity the bucket size as an ISO-8601 duration ({@code PT15M}, {@code PT30M},
 *     {@code PT1H}, ... {@code PT24H}); required by the summary, null for the details
 */
public record AgentStatusQuery(AgentStatusFilter filter, String granularity) {
  /** Requires the filter. */
  public AgentStatusQuery {
    Objects.requireNonNull(filter, "filter == null");
  }
}
