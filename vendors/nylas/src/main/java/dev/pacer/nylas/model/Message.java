package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("thread_id") String threadId,
    @JsonProperty("subject") String subject,
    @JsonProperty("from") List<Participant> from,
    @JsonProperty("to") List<Participant> to,
    @JsonProperty("cc") List<Participant> cc,
    @JsonProperty("bcc") List<Participant> bcc,
    @JsonProperty("reply_to") List<Participant> replyTo,
    @JsonProperty("date") Instant date,
    @JsonProperty("unread") boolean unread,
    @JsonProperty("starred") boolean starred,
    @JsonProperty("snippet") String snippet,
    @JsonProperty("body") String body,
    @JsonProperty("files") List<Attachment> files,
    @JsonProperty("events") List<JsonNode> events,
    @JsonProperty("folder") Folder folder,
    @JsonProperty("labels") List<Label> labels,
    @JsonProperty("metadata") JsonNode metadata,
    @JsonProperty("headers") JsonNode headers,
    @JsonProperty("model_version") String modelVersion,
    @JsonProperty("categorized_at") Instant categorizedAt,
    @JsonProperty("category") String category,
    @JsonProperty("subcategories") List<String> subcategories) {

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
