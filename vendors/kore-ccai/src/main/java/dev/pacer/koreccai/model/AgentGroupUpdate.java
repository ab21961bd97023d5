package dev.pacer.koreccai.model;

import java.util.List;
import java.util.Objects;

/**
 * The body of "Update an Agent Group": the name and description (each at most 50 characters, as
 * on create) and the group's managers, all three required by Kore's page.
 *
 * @param name the name
 * @param description the description
 * @param managers the managers, each a user ID with an access level
 */
public record AgentGroupUpdate(String name, String description, List<AgentGroupManager> managers) {
  /** Checks name and description as {@link AgentGroupInput} does, and copies the list. */
  public AgentGroupUpdate {
    new AgentGroupInput(name, description);
    managers = List.copyOf(Objects.requireNonNull(managers, "managers == null"));
  }
}
