package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The body of "Create a Skill".
 *
 * @param name the name, required
 * @param description the description, at most 200 characters, or null
 * @param skillGroupId the skill group's ID (the path names it too), or null
 * @param agents agents to give the skill, or null
 */
public record SkillInput(String name, String description, String skillGroupId, List<SkillAgent> agents) {
  /** Checks what Kore documents and copies the list. */
  public SkillInput {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) throw new IllegalArgumentException("name is blank");
    if (description != null && description.length() > 200) {
      throw new IllegalArgumentException("description longer than 200 characters: " + description.length());
    }
    agents = Copies.listOrNull(agents);
  }
}
