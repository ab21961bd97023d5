package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An agent group an agent belongs to, as listed on the agent.
 *
 * @param groupId the agent group ID ({@code ag-...})
 * @param role the agent's role in the group
 * @param accessLevel the agent's access level in the group
 * @param groupName the group's name (sent as {@code groupName} or {@code name})
 */
public record AgentGroupMembership(String groupId, String role, String accessLevel,
    @JsonAlias("name") String groupName) {}
