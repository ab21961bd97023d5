package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An agent group.
 *
 * @param id the agent group ID ({@code ag-...})
 * @param name the name
 * @param description the description
 * @param isDefault whether it is the default group
 * @param isUnassigned whether it is the group of agents assigned to no other
 * @param status the status
 * @param iId the app (stream) ID
 * @param orgId the organization ID
 * @param createdBy who created the group
 * @param createdAt when the group was created
 * @param updatedAt when the group was last updated
 * @param totalAgents how many agents are in the group
 * @param managers the group's managers, as sent (their shape is not documented)
 */
public record AgentGroup(String id, String name, String description, Boolean isDefault,
    Boolean isUnassigned, String status, String iId, String orgId, String createdBy,
    Instant createdAt, Instant updatedAt, Integer totalAgents, JsonNode managers) {}
