package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One agent's row of "Agent Status Details API".
 *
 * @param userId the user ID
 * @param aId the agent ID
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email address
 * @param customId your identifier for the agent
 * @param status the agent's status periods
 * @param events the agent's activity events
 */
public record AgentStatusDetail(String userId, String aId, String firstName, String lastName, String email,
    String customId, List<StatusPeriod> status, List<AgentEvent> events) {
  /** Copies the lists; missing lists read as empty. */
  public AgentStatusDetail {
    status = Copies.listOrEmpty(status);
    events = Copies.listOrEmpty(events);
  }
}
