package dev.pacer.koreccai.model;

import java.time.Instant;

/**
 * An agent who took part in a conversation.
 *
 * @param agentId the agent's user ID ({@code u-...})
 * @param name the agent's name
 * @param status the participation status
 * @param queueId the queue the conversation came through
 * @param queueName that queue's name
 * @param assignedAt when the agent was assigned
 * @param startTimeStamp when the agent started
 * @param endTimeStamp when the agent ended
 */
public record ConversationParticipant(String agentId, String name, String status, String queueId, String queueName,
    Instant assignedAt, Instant startTimeStamp, Instant endTimeStamp) {}
