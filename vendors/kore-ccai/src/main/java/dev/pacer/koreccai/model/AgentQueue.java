package dev.pacer.koreccai.model;


/**
 * A queue as listed on an agent, or assigned when creating one.
 *
 * @param id the queue ID ({@code qu-...})
 * @param name the queue's name (read only)
 * @param description the queue's description (read only)
 * @param isPreferredAgent whether the agent is a preferred agent of the queue
 */
public record AgentQueue(String id, String name, String description,
    Boolean isPreferredAgent) {
  /** A queue assignment. */
  public static AgentQueue of(String id, boolean preferredAgent) {
    return new AgentQueue(id, null, null, preferredAgent);
  }
}
