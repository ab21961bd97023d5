package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The message that started a conversation. Read-only.
 *
 * @param type what kind of source, e.g. {@code conversation} or {@code email}
 * @param id the source message's id, or null
 * @param deliveredAs how it was delivered, e.g. {@code customer_initiated} or {@code admin_initiated}
 * @param subject the subject, often empty
 * @param body the body as HTML
 * @param author who wrote it
 * @param attachments its attachments; empty when absent
 * @param url the URL the message was sent from, or null
 * @param redacted whether it was redacted
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConversationSource(
    String type,
    String id,
    String deliveredAs,
    String subject,
    String body,
    Author author,
    List<Attachment> attachments,
    String url,
    Boolean redacted) {
  public ConversationSource {
    attachments = Copies.listOrEmpty(attachments);
  }

  @Override
  public String toString() {
    return "ConversationSource{id=" + id + ", deliveredAs=" + deliveredAs + "}";
  }
}
