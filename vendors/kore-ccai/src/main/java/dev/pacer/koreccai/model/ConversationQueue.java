package dev.pacer.koreccai.model;

import java.time.Instant;

/**
 * A queue a conversation passed through.
 *
 * @param id the queue ID
 * @param name the queue's name
 * @param type how the conversation was queued, e.g. {@code ASSIGNED}
 * @param status the status
 * @param isPreferredAgentTimeoutExpired whether the wait for a preferred agent ran out
 * @param startTime when the conversation entered the queue
 */
public record ConversationQueue(String id, String name, String type, String status,
    Boolean isPreferredAgentTimeoutExpired, Instant startTime) {}
