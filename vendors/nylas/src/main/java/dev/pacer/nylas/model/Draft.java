package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A draft ({@code /drafts}). Updating, deleting or sending a draft needs its current
 * {@link #version()}. Lists are never null.
 *
 * @param id the draft's ID
 * @param object always {@code draft}
 * @param accountId the account the draft belongs to
 * @param threadId the thread the draft replies in, or null
 * @param subject the subject line
 * @param from senders
 * @param to recipients
 * @param cc carbon-copy recipients
 * @param bcc blind-carbon-copy recipients
 * @param replyTo where replies should go
 * @param replyToMessageId the message this draft replies to, or null
 * @param date when the draft was last saved (Unix seconds on the wire)
 * @param unread whether the draft is unread
 * @param starred whether the draft is starred
 * @param snippet a short plain-text preview of the body
 * @param body the HTML body
 * @param files attached files' metadata
 * @param events calendar events, as raw JSON
 * @param folder the folder holding the draft (folder-based accounts), or null
 * @param labels the draft's labels (label-based accounts)
 * @param version the draft's version, incremented on every change
 * @param jobStatusId the job status to poll for the provider-side save, or null
 * @param metadata the application's key-value metadata, as raw JSON, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Draft(
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
    String replyToMessageId,
    Instant date,
    boolean unread,
    boolean starred,
    String snippet,
    String body,
    List<Attachment> files,
    List<JsonNode> events,
    Folder folder,
    List<Label> labels,
    int version,
    String jobStatusId,
    JsonNode metadata) {

  public Draft {
    from = Copies.listOrEmpty(from);
    to = Copies.listOrEmpty(to);
    cc = Copies.listOrEmpty(cc);
    bcc = Copies.listOrEmpty(bcc);
    replyTo = Copies.listOrEmpty(replyTo);
    files = Copies.listOrEmpty(files);
    events = Copies.listOrEmpty(events);
    labels = Copies.listOrEmpty(labels);
  }
}
