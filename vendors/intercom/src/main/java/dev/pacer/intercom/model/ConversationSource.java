package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
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
public record ConversationSource(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("delivered_as") String deliveredAs,
    @JsonProperty("subject") String subject,
    @JsonProperty("body") String body,
    @JsonProperty("author") Author author,
    @JsonProperty("attachments") List<Attachment> attachments,
    @JsonProperty("url") String url,
    @JsonProperty("redacted") Boolean redacted) {
  public ConversationSource {
    attachments = Copies.listOrEmpty(attachments);
  }

  @Override
  public String toString() {
    return "ConversationSource{id=" + id + ", deliveredAs=" + deliveredAs + "}";
  }
}
