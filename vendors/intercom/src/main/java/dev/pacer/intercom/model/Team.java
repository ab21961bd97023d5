package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A team of admins. Read-only.
 *
 * @param type the object type, {@code team}
 * @param id the team's id
 * @param name the team's name
 * @param adminIds the ids of the admins in the team; empty when absent
 * @param adminPriorityLevel the team's primary and secondary admins, or null
 * @param assignmentLimit the assignment limit of a load-balanced team, or null
 * @param distributionMethod how assignments are distributed, e.g. {@code round_robin}, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Team(
    String type,
    String id,
    String name,
    List<Long> adminIds,
    PriorityLevel adminPriorityLevel,
    Integer assignmentLimit,
    String distributionMethod) {
  public Team {
    adminIds = Copies.listOrEmpty(adminIds);
  }

  /**
   * The admin priority levels of a team.
   *
   * @param primaryAdminIds the primary admins' ids; empty when absent
   * @param secondaryAdminIds the secondary admins' ids; empty when absent
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record PriorityLevel(List<Long> primaryAdminIds, List<Long> secondaryAdminIds) {
    public PriorityLevel {
      primaryAdminIds = Copies.listOrEmpty(primaryAdminIds);
      secondaryAdminIds = Copies.listOrEmpty(secondaryAdminIds);
    }
  }
}
