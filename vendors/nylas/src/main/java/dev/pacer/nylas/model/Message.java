package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * An email message ({@code GET /messages}, {@code GET /messages/{id}}, {@code PUT /messages/{id}},
 * {@code POST /send}). Unknown fields are ignored; lists are never null (empty when absent).
 *
 * @param id the message's ID
 * @param object always {@code message}
 * @param accountId the account the message belongs to
 * @param threadId the thread the message belongs to
 * @param subject the subject line
 * @param from senders
 * @param to recipients
 * @param cc carbon-copy recipients
 * @param bcc blind-carbon-copy recipients (nearly always empty on received mail)
 * @param replyTo where replies should go
 * @param date when the mail server received the message (Unix seconds on the wire)
 * @param unread whether the message is unread
 * @param starred whether the message is starred or flagged
 * @param snippet a short plain-text preview of the body
 * @param body the full HTML body; absent in list views that omit it
 * @param files attached files' metadata
 * @param events calendar events carried as invitations, as raw JSON
 * @param folder the folder holding the message (folder-based accounts), or null
 * @param labels the message's labels (label-based accounts)
 * @param metadata the application's key-value metadata, as raw JSON, or null
 * @param headers the RFC 2822 headers ({@code view=expanded} only), as raw JSON, or null
 * @param modelVersion the Nylas Neural categorizer's model version, or null
 * @param categorizedAt when the message was categorized, or null
 * @param category the Neural category ({@code feed} or {@code conversation}), or null
 * @param subcategories the Neural subcategories
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Message(
    String id,
    String object,
    String accountId,
    String threadId,
    String subject,
    List<Participant> from,
    List<Participant> to,
    List<Participant> cc,
    List<Participant> bcc,
    List<Participant> replyTo,
    Instant date,
    boolean unread,
    boolean starred,
    String snippet,
    String body,
    List<Attachment> files,
    List<JsonNode> events,
    Folder folder,
    List<Label> labels,
    JsonNode metadata,
    JsonNode headers,
    String modelVersion,
    Instant categorizedAt,
    String category,
    List<String> subcategories) {

  public Message {
    from = Copies.listOrEmpty(from);
    to = Copies.listOrEmpty(to);
    cc = Copies.listOrEmpty(cc);
    bcc = Copies.listOrEmpty(bcc);
    replyTo = Copies.listOrEmpty(replyTo);
    files = Copies.listOrEmpty(files);
    events = Copies.listOrEmpty(events);
    labels = Copies.listOrEmpty(labels);
    subcategories = Copies.listOrEmpty(subcategories);
  }
}
