package dev.pacer.koreccai.model;

/**
 * The answer of "Transfer Conversation to a Specific Agent or Queue".
 *
 * @param sessionId the transferred bot session
 * @param agentId the agent it went to, for a transfer to an agent
 * @param queueId the queue it went to, for a transfer to a queue
 * @param status e.g. {@code transferred}
 * @param requestCompletedAt when Kore completed the request, in epoch milliseconds
 */
public record TransferResult(String sessionId, String agentId, String queueId, String status,
    Long requestCompletedAt) {}
