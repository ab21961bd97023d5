package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of "Check Agent Availability Status": the skills, queues and agents to check, each
 * optional (null is left out).
 *
 * @param skillIds skill IDs to match agents by
 * @param queueIds queue IDs to match agents by
 * @param agentIds agent IDs ({@code a-...}) to check
 */
public record AgentAvailabilityQuery(List<String> skillIds, List<String> queueIds, List<String> agentIds) {
  /** Copies the lists, so a query is immutable. */
  public AgentAvailabilityQuery {
    skillIds = Copies.listOrNull(skillIds);
    queueIds = Copies.listOrNull(queueIds);
    agentIds = Copies.listOrNull(agentIds);
  }
}
