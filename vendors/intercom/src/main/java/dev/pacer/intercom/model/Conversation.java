package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation as Intercom returns it. From {@code GET /conversations/{id}} it carries its
 * {@link #conversationParts() parts}; in lists and search results it does not. Read-only.
 *
 * @param type the object type, {@code conversation}
 * @param id the conversation's id
 * @param title the title, or null
 * @param createdAt when the conversation was created (Unix seconds on the wire)
 * @param updatedAt when the conversation was last updated (Unix seconds on the wire)
 * @param waitingSince since when the contact has been waiting for a reply, or null (Unix seconds on the wire)
 * @param snoozedUntil until when the conversation is snoozed, or null (Unix seconds on the wire)
 * @param open whether the conversation is open
 * @param state {@code open}, {@code closed} or {@code snoozed}
 * @param read whether the last part was read by an admin
 * @param priority the priority: {@code none}, {@code low}, {@code medium}, {@code high} or {@code urgent}
 * @param adminAssigneeId the id of the assigned admin, or null
 * @param teamAssigneeId the id of the assigned team, or null
 * @param tags the tags applied to the conversation
 * @param source the message that started the conversation
 * @param contacts the contacts in the conversation
 * @param teammates the teammates who took part, or null
 * @param customAttributes the conversation's custom attributes; empty when absent
 * @param firstContactReply the contact's first reply, or null
 * @param conversationParts the parts (replies, notes, actions); null in lists
 * @param aiAgentParticipated whether Fin took part
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Conversation(
    String type,
    String id,
    String title,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    @UnixSeconds Instant waitingSince,
    @UnixSeconds Instant snoozedUntil,
    Boolean open,
    String state,
    Boolean read,
    String priority,
    Long adminAssigneeId,
    Long teamAssigneeId,
    Tags tags,
    ConversationSource source,
    ConversationContacts contacts,
    Teammates teammates,
    Map<String, Object> customAttributes,
    FirstContactReply firstContactReply,
    ConversationParts conversationParts,
    Boolean aiAgentParticipated) {
  public Conversation {
    customAttributes = Copies.mapOrEmpty(customAttributes);
  }

  @Override
  public String toString() {
    return "Conversation{id=" + id + ", state=" + state + "}";
  }
}
