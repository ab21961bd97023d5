package dev.pacer.koreccai.model;

/**
 * A skill as listed on an agent.
 *
 * @param skillId the skill's ID
 * @param proficiencyLevel {@code expert}, {@code good}, {@code average} or {@code novice}
 * @param name the skill's name (read only)
 * @param skillGroupId the skill group's ID (read only)
 * @param skillGroupName the skill group's name (read only)
 * @param skillGroupColor the skill group's colour (read only)
 */
public record AgentSkill(String skillId, String proficiencyLevel, String name, String skillGroupId,
    String skillGroupName, String skillGroupColor) {
  /** A skill reference to assign: ID and proficiency. */
  public static AgentSkill of(String skillId, String proficiencyLevel) {
    return new AgentSkill(skillId, proficiencyLevel, null, null, null, null);
  }
}
