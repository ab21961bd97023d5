package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A routing queue.
 *
 * @param id the queue ID ({@code qu-...})
 * @param name the name
 * @param description the description
 * @param isActive whether the queue is active
 * @param isDefault whether it is the default queue
 * @param isAdvancedRoutingEnabled whether advanced routing is on
 * @param orgId the organization ID
 * @param createdBy who created the queue
 * @param hoursOfOperation the queue's hours of operation
 * @param agents the queue's agents
 * @param skills the skills the queue routes by
 * @param agentGroups the queue's agent groups
 * @param sourceAgentGroups IDs of agent groups the agents came from
 * @param advancedSettings advanced routing settings
 * @param maxTimeout the longest a conversation waits in the queue
 * @param enableTransferRules whether transfer rules apply
 * @param transferQueues the transfer targets, as sent (their shape is not documented)
 */
public record Queue(String id, String name, String description, Boolean isActive,
    Boolean isDefault,
    Boolean isAdvancedRoutingEnabled, String orgId, String createdBy,
    Ref hoursOfOperation, List<QueueAgent> agents, List<QueueSkill> skills, List<Ref> agentGroups,
    List<String> sourceAgentGroups, QueueAdvancedSettings advancedSettings, MinSec maxTimeout,
    Boolean enableTransferRules, JsonNode transferQueues) {

  /** Copies the lists, so a queue is immutable. */
  public Queue {
    agents = Copies.listOrNull(agents);
    skills = Copies.listOrNull(skills);
    agentGroups = Copies.listOrNull(agentGroups);
    sourceAgentGroups = Copies.listOrNull(sourceAgentGroups);
  }
}
