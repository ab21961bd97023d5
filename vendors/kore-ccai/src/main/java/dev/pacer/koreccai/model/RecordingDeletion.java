package dev.pacer.koreccai.model;

/**
 * The answer of "Delete Call Recording".
 *
 * @param message Kore's message, e.g. {@code Call recordings deleted successfully}
 * @param sessionId the session whose recordings were deleted
 */
public record RecordingDeletion(String message, String sessionId) {}
