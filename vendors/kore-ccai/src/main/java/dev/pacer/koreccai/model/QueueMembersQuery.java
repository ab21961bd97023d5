package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of "Get a List of Agents or Queues": queue IDs (to list their agents) or agent IDs
 * (to list their queues); null is left out.
 *
 * @param queueIds queue IDs ({@code qu-...})
 * @param agentIds agent IDs ({@code a-...})
 */
public record QueueMembersQuery(List<String> queueIds, List<String> agentIds) {
  /** Copies the lists, so a query is immutable. */
  public QueueMembersQuery {
    queueIds = Copies.listOrNull(queueIds);
    agentIds = Copies.listOrNull(agentIds);
  }

  /** The query for the agents of {@code queueIds}. */
  public static QueueMembersQuery ofQueues(List<String> queueIds) {
    return new QueueMembersQuery(queueIds, null);
  }

  /** The query for the queues of {@code agentIds}. */
  public static QueueMembersQuery ofAgents(List<String> agentIds) {
    return new QueueMembersQuery(null, agentIds);
  }
}
