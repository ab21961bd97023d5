package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/parts}: an admin closes, snoozes, opens or assigns
 * a conversation. Immutable.
 *
 * <pre>{@code
 * ConversationAction.close("991267708", "Goodbye :)");
 * ConversationAction.assignToAdmin("991267715", "991267716", null);
 * }</pre>
 *
 * @param messageType {@code close}, {@code snoozed}, {@code open} or {@code assignment}
 * @param type {@code admin}, or {@code team} for an assignment to a team
 * @param adminId the acting admin's id
 * @param assigneeId the admin or team assigned, or null
 * @param snoozedUntil until when the conversation is snoozed (Unix seconds on the wire), or null
 * @param body the message left with the action, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationAction(
    String messageType,
    String type,
    String adminId,
    String assigneeId,
    @UnixSeconds Instant snoozedUntil,
    String body) {
  /** The admin {@code adminId} closes the conversation, leaving {@code body} (may be null). */
  public static ConversationAction close(String adminId, String body) {
    return new ConversationAction("close", "admin", adminId, null, null, body);
  }

  /** The admin {@code adminId} snoozes the conversation until {@code until}. */
  public static ConversationAction snooze(String adminId, Instant until) {
    Objects.requireNonNull(until, "until == null");
    return new ConversationAction("snoozed", null, adminId, null, until, null);
  }

  /** The admin {@code adminId} reopens the conversation. */
  public static ConversationAction open(String adminId) {
    return new ConversationAction("open", null, adminId, null, null, null);
  }

  /**
   * The admin {@code adminId} assigns the conversation to the admin {@code assigneeId} ({@code
   * "0"} unassigns), leaving {@code body} (may be null).
   */
  public static ConversationAction assignToAdmin(String adminId, String assigneeId, String body) {
    Objects.requireNonNull(assigneeId, "assigneeId == null");
    return new ConversationAction("assignment", "admin", adminId, assigneeId, null, body);
  }

  /** The admin {@code adminId} assigns the conversation to the team {@code teamId}. */
  public static ConversationAction assignToTeam(String adminId, String teamId, String body) {
    Objects.requireNonNull(teamId, "teamId == null");
    return new ConversationAction("assignment", "team", adminId, teamId, null, body);
  }

  @Override
  public String toString() {
    return "ConversationAction{" + messageType + ", adminId=" + adminId + "}";
  }
}
