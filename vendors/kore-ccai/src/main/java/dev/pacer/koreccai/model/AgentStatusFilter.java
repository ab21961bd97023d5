package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The {@code filter} of the agent-status reports.
 *
 * @param agents the agents' email addresses, or null for all
 * @param dateFilter the days to report; required
 */
public record AgentStatusFilter(List<String> agents, DateFilter dateFilter) {
  /** Requires the date filter and copies the list. */
  public AgentStatusFilter {
    agents = Copies.listOrNull(agents);
    Objects.requireNonNull(dateFilter, "dateFilter == null");
  }
}
