package dev.pacer.koreccai.model;

/** The statuses "List of Conversations" filters by. */
public enum ConversationStatus {
  /** An agent is handling the conversation. */
  ACTIVE,
  /** The conversation ended. */
  CLOSED,
  /** The conversation is idle. */
  IDLE,
  /** The conversation waits for an agent. */
  OPEN,
  /** The conversation waited too long. */
  OVERDUE,
  /** The conversation was terminated. */
  TERMINATED
}
