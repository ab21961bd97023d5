package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One agent's row of "Historical Agent Status Summary".
 *
 * @param userId the user ID
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param customId your identifier for the agent
 * @param timeInterval the agent's statuses per time bucket
 */
public record AgentStatusSummary(String userId, String firstName, String lastName, String email, String customId,
    List<StatusInterval> timeInterval) {
  /** Copies the list; a missing list reads as empty. */
  public AgentStatusSummary {
    timeInterval = Copies.listOrEmpty(timeInterval);
  }
}
