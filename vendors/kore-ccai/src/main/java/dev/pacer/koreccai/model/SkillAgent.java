package dev.pacer.koreccai.model;

/**
 * An agent holding a skill, as listed on the skill or assigned when creating it.
 *
 * @param userId the agent's user ID ({@code u-...})
 * @param aId the agent ID ({@code a-...}), when assigning
 * @param skillId the skill's ID (read only)
 * @param proficiencyLevel {@code expert}, {@code good}, {@code average} or {@code novice}
 * @param firstName the agent's first name (read only)
 * @param lastName the agent's last name (read only)
 * @param emailId the agent's email address (read only)
 */
public record SkillAgent(String userId, String aId, String skillId, String proficiencyLevel, String firstName,
    String lastName, String emailId) {
  /** An assignment of the skill to agent {@code aId} (user {@code userId}) at {@code proficiencyLevel}. */
  public static SkillAgent assign(String userId, String aId, String proficiencyLevel) {
    return new SkillAgent(userId, aId, null, proficiencyLevel, null, null, null);
  }
}
