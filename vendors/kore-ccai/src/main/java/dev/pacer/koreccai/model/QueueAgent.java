package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * An agent of a queue.
 *
 * @param userId the agent's user ID ({@code u-...})
 * @param aId the agent ID ({@code a-...})
 * @param name the agent's name
 * @param isPreferredAgent whether the agent is preferred for the queue
 * @param skills the agent's skills, as {@code {id, name}} (read only)
 */
public record QueueAgent(String userId, String aId, String name,
    Boolean isPreferredAgent, List<Ref> skills) {
  /** Copies the list. */
  public QueueAgent {
    skills = Copies.listOrNull(skills);
  }

  /** An agent to add to a queue (create requires user ID, agent ID and the preferred flag). */
  public static QueueAgent of(String userId, String aId, boolean preferred) {
    return new QueueAgent(userId, aId, null, preferred, null);
  }
}
