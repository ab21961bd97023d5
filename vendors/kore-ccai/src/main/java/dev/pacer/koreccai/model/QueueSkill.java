package dev.pacer.koreccai.model;


/**
 * A skill a queue routes by.
 *
 * @param id the skill ID
 * @param name the skill's name
 * @param isExpireEnabled whether the skill requirement expires
 * @param expireTime after how long it expires
 * @param skillGroupName the skill group's name (read only)
 * @param skillGroupColor the skill group's colour (read only)
 */
public record QueueSkill(String id, String name, Boolean isExpireEnabled,
    MinSec expireTime, String skillGroupName, String skillGroupColor) {
  /** A skill requirement that never expires. */
  public static QueueSkill of(String id) {
    return new QueueSkill(id, null, false, null, null, null);
  }

  /** A skill requirement that expires after {@code after}. */
  public static QueueSkill expiring(String id, MinSec after) {
    return new QueueSkill(id, null, true, after, null, null);
  }
}
