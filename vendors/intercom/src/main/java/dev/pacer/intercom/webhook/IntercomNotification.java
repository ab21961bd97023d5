package dev.pacer.intercom.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.Conversation;
import java.time.Instant;
import java.util.Objects;

/**
 * One Intercom webhook notification, read from a body whose signature {@link
 * IntercomWebhookVerifier} has checked. Intercom documents the envelope (a {@code
 * notification_event} with its ID, topic, app and creation time) and that {@code data.item} is
 * the API object the topic is about; the envelope's other fields are not typed here (read them
 * from {@link #raw()}).
 *
 * <p>The item is bound to this module's models for the common topics: when its {@code type} is
 * {@code conversation} (the {@code conversation.*} topics) {@link #conversation()} holds it as a
 * {@link Conversation}; when it is {@code contact} (the {@code contact.*} topics) {@link
 * #contact()} holds it as a {@link Contact}. Every other item (tags, companies, visitors, pings)
 * is only in {@link #item()}, as raw JSON. Immutable.
 *
 * @param type the object type, {@code notification_event}
 * @param id the notification's ID ({@code notif_...})
 * @param topic the topic, such as {@code conversation.user.created} or {@code contact.user.created}
 * @param appId the ID of the Intercom workspace (app) it comes from
 * @param createdAt when Intercom created the notification (Unix seconds on the wire), or null
 * @param item {@code data.item} as raw JSON; a missing item reads as JSON null
 * @param conversation the item as a conversation when its type is {@code conversation}; else null
 * @param contact the item as a contact when its type is {@code contact}; else null
 * @param raw the whole notification as raw JSON
 */
public record IntercomNotification(String type, String id, String topic, String appId, Instant createdAt,
    JsonNode item, Conversation conversation, Contact contact, JsonNode raw) {

  /** Checks that the raw parts are present. */
  public IntercomNotification {
    Objects.requireNonNull(item, "item == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** The item's {@code type} ({@code conversation}, {@code contact}, {@code tag}, ...), or null. */
  public String itemType() {
    JsonNode t = item.get("type");
    return t == null || !t.isTextual() ? null : t.asText();
  }

  /** Names the notification, its topic and its item; never the item's content. */
  @Override
  public String toString() {
    return "IntercomNotification{id=" + id + ", topic=" + topic + ", item=" + itemType() + "}";
  }
}
