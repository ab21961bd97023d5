package dev.pacer.intercom.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The contacts taking part in a conversation.
 *
 * @param type the object type, {@code contact.list}
 * @param contacts the contacts; empty when absent
 */
public record ConversationContacts(String type, List<ContactReference> contacts) {
  public ConversationContacts {
    contacts = Copies.listOrEmpty(contacts);
  }
}
