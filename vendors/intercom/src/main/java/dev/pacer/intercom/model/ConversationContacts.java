package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The contacts taking part in a conversation.
 *
 * @param type the object type, {@code contact.list}
 * @param contacts the contacts; empty when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationContacts(
    String type, List<ContactReference> contacts) {
  public ConversationContacts {
    contacts = Copies.listOrEmpty(contacts);
  }
}
