package dev.pacer.koreccai.model;

/**
 * A manager of an agent group, as "Update an Agent Group" sends it.
 *
 * @param userId the manager's user ID ({@code u-...})
 * @param accessLevel {@code full} or {@code view}
 */
public record AgentGroupManager(String userId, String accessLevel) {}
