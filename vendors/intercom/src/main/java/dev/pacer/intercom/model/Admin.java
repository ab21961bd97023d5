package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * An admin (a teammate). {@code GET /me} also fills {@link #emailVerified()} and {@link #app()}.
 * Read-only.
 *
 * @param type the object type, {@code admin}
 * @param id the admin's id
 * @param name the name
 * @param email the email address
 * @param jobTitle the job title, or null
 * @param awayModeEnabled whether the admin is away
 * @param awayModeReassign whether new replies are reassigned while the admin is away
 * @param awayStatusReasonId the id of the away reason, or null
 * @param hasInboxSeat whether the admin has a paid inbox seat
 * @param teamIds the ids of the teams the admin belongs to; empty when absent
 * @param avatar the avatar, or null
 * @param emailVerified whether the email address is verified; only from {@code GET /me}
 * @param app the workspace the access token belongs to; only from {@code GET /me}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Admin(
    String type,
    String id,
    String name,
    String email,
    String jobTitle,
    Boolean awayModeEnabled,
    Boolean awayModeReassign,
    String awayStatusReasonId,
    Boolean hasInboxSeat,
    List<Long> teamIds,
    Avatar avatar,
    Boolean emailVerified,
    App app) {
  public Admin {
    teamIds = Copies.listOrEmpty(teamIds);
  }

  @Override
  public String toString() {
    return "Admin{id=" + id + "}";
  }
}
