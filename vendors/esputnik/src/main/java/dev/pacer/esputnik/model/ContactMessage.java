package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * One message in a contact's history ({@code GET /api/v2/contacts/messages}).
 *
 * @param contactId the contact
 * @param email the address it went to, for emails
 * @param phone the number it went to, for SMS and Viber
 * @param messageId the message; 0 for test messages and those sent by the send methods
 * @param messageInstanceId the message instance; 0 as for {@code messageId}
 * @param messageTags the message's tags
 * @param channelType the channel it went by
 * @param sentDateTime when it was sent, as eSputnik formats it
 * @param activityStatus what became of it
 * @param from the sender
 * @param subject the subject, for emails
 * @param text the text, for SMS and Viber
 * @param viewMessageLink a link to view the message, for emails
 */
public record ContactMessage(Long contactId, String email, String phone, Long messageId, Long messageInstanceId,
    List<String> messageTags, ChannelType channelType, String sentDateTime, ActivityStatus activityStatus,
    String from, String subject, String text, String viewMessageLink) {

  /** Copies the list. */
  public ContactMessage {
    messageTags = Copies.listOrNull(messageTags);
  }
}
