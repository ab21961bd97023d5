package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A message in an IMAP folder, read live from the mail server. Bodies, headers and flags are
 * present only when asked for ({@link dev.pacer.contextio.MessageOptions}).
 *
 * @param emailMessageId the RFC 822 {@code Message-ID}, angle brackets included; the {@code
 *     {message_id}} of the message's paths
 * @param messageId Context.IO's own ID for the message
 * @param subject the subject
 * @param sentAt when it was sent, Unix seconds
 * @param receivedAt when it was received, Unix seconds (Context.IO documents it as not implemented)
 * @param addresses the address fields
 * @param personInfo per-address details, as sent
 * @param folders the folders the message is in
 * @param attachments its attachments
 * @param bodies its body parts, with {@code include_body}
 * @param headers its headers, with {@code include_headers}
 * @param flags its flags, with {@code include_flags}
 * @param references the {@code References} message IDs
 * @param inReplyTo the {@code In-Reply-To} message ID
 * @param listHeaders the mailing-list headers, as sent
 * @param receivedHeaders the {@code Received} headers, as sent
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(String emailMessageId, String messageId, String subject, Long sentAt, Long receivedAt,
    Addresses addresses, JsonNode personInfo, List<String> folders, List<Attachment> attachments,
    List<MessageBody> bodies, MessageHeaders headers, MessageFlags flags, List<String> references, String inReplyTo,
    JsonNode listHeaders, JsonNode receivedHeaders, String resourceUrl) {

  /** Copies the lists, so a message is immutable. */
  public Message {
    folders = Copies.listOrNull(folders);
    attachments = Copies.listOrNull(attachments);
    bodies = Copies.listOrNull(bodies);
    references = Copies.listOrNull(references);
  }
}
