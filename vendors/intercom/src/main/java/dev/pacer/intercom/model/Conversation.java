package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation as Intercom returns it. From {@code GET /conversations/{id}} it carries its
 * {@link #conversationParts() parts}; in lists and search results it does not. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Conversation {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("title") private String title;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("waiting_since") @UnixSeconds private Instant waitingSince;
  @JsonProperty("snoozed_until") @UnixSeconds private Instant snoozedUntil;
  @JsonProperty("open") private Boolean open;
  @JsonProperty("state") private String state;
  @JsonProperty("read") private Boolean read;
  @JsonProperty("priority") private String priority;
  @JsonProperty("admin_assignee_id") private Long adminAssigneeId;
  @JsonProperty("team_assignee_id") private Long teamAssigneeId;
  @JsonProperty("tags") private Tags tags;
  @JsonProperty("source") private ConversationSource source;
  @JsonProperty("contacts") private ConversationContacts contacts;
  @JsonProperty("teammates") private Teammates teammates;
  @JsonProperty("custom_attributes") private Map<String, Object> customAttributes;
  @JsonProperty("first_contact_reply") private FirstContactReply firstContactReply;
  @JsonProperty("conversation_parts") private ConversationParts conversationParts;
  @JsonProperty("ai_agent_participated") private Boolean aiAgentParticipated;

  private Conversation() {}

  /** The object type, {@code conversation}. */
  public String type() {
    return type;
  }

  /** The conversation's id. */
  public String id() {
    return id;
  }

  /** The title, or null. */
  public String title() {
    return title;
  }

  /** When the conversation was created (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the conversation was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Since when the contact has been waiting for a reply, or null (Unix seconds on the wire). */
  public Instant waitingSince() {
    return waitingSince;
  }

  /** Until when the conversation is snoozed, or null (Unix seconds on the wire). */
  public Instant snoozedUntil() {
    return snoozedUntil;
  }

  /** Whether the conversation is open. */
  public Boolean open() {
    return open;
  }

  /** {@code open}, {@code closed} or {@code snoozed}. */
  public String state() {
    return state;
  }

  /** Whether the last part was read by an admin. */
  public Boolean read() {
    return read;
  }

  /** The priority: {@code none}, {@code low}, {@code medium}, {@code high} or {@code urgent}. */
  public String priority() {
    return priority;
  }

  /** The id of the assigned admin, or null. */
  public Long adminAssigneeId() {
    return adminAssigneeId;
  }

  /** The id of the assigned team, or null. */
  public Long teamAssigneeId() {
    return teamAssigneeId;
  }

  /** The tags applied to the conversation. */
  public Tags tags() {
    return tags;
  }

  /** The message that started the conversation. */
  public ConversationSource source() {
    return source;
  }

  /** The contacts in the conversation. */
  public ConversationContacts contacts() {
    return contacts;
  }

  /** The teammates who took part, or null. */
  public Teammates teammates() {
    return teammates;
  }

  /** The conversation's custom attributes; empty when absent. */
  public Map<String, Object> customAttributes() {
    return Collections2.view(customAttributes);
  }

  /** The contact's first reply, or null. */
  public FirstContactReply firstContactReply() {
    return firstContactReply;
  }

  /** The parts (replies, notes, actions); null in lists. */
  public ConversationParts conversationParts() {
    return conversationParts;
  }

  /** Whether Fin took part. */
  public Boolean aiAgentParticipated() {
    return aiAgentParticipated;
  }

  @Override
  public String toString() {
    return "Conversation{id=" + id + ", state=" + state + "}";
  }
}
