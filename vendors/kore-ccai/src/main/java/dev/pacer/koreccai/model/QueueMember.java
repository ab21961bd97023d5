package dev.pacer.koreccai.model;

/**
 * An agent of a queue, as "Get a List of Agents or Queues" lists it for queue IDs.
 *
 * @param userId the user ID ({@code u-...})
 * @param aId the agent ID ({@code a-...})
 * @param name the agent's name
 * @param profImage the profile image, e.g. {@code no-avatar}
 */
public record QueueMember(String userId, String aId, String name, String profImage) {}
