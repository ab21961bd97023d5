package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A thread of messages ({@code /threads}); named so as not to clash with {@link java.lang.Thread}.
 * {@link #messages()} and {@link #drafts()} are filled in the {@code expanded} view only (without
 * bodies). Lists are never null.
 *
 * @param id the thread's ID
 * @param object always {@code thread}
 * @param accountId the account the thread belongs to
 * @param subject the subject of the first message
 * @param unread whether any message in the thread is unread
 * @param starred whether any message in the thread is starred
 * @param snippet a short plain-text preview of the latest message
 * @param version the thread's version, incremented on every change
 * @param participants everyone on any message of the thread
 * @param firstMessageTimestamp when the first message arrived
 * @param lastMessageTimestamp when the latest message was sent or received
 * @param lastMessageReceivedTimestamp when the latest message was received, or null
 * @param lastMessageSentTimestamp when the latest message was sent, or null
 * @param hasAttachments whether any message has attachments
 * @param messageIds the thread's message IDs
 * @param draftIds the thread's draft IDs
 * @param folders folders holding the thread's messages (folder-based accounts)
 * @param labels the thread's labels (label-based accounts)
 * @param messages the messages, in the expanded view
 * @param drafts the drafts, in the expanded view
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmailThread(
    String id,
    String object,
    String accountId,
    String subject,
    boolean unread,
    boolean starred,
    String snippet,
    int version,
    List<Participant> participants,
    Instant firstMessageTimestamp,
    Instant lastMessageTimestamp,
    Instant lastMessageReceivedTimestamp,
    Instant lastMessageSentTimestamp,
    boolean hasAttachments,
    List<String> messageIds,
    List<String> draftIds,
    List<Folder> folders,
    List<Label> labels,
    List<Message> messages,
    List<Draft> drafts) {

  public EmailThread {
    participants = Copies.listOrEmpty(participants);
    messageIds = Copies.listOrEmpty(messageIds);
    draftIds = Copies.listOrEmpty(draftIds);
    folders = Copies.listOrEmpty(folders);
    labels = Copies.listOrEmpty(labels);
    messages = Copies.listOrEmpty(messages);
    drafts = Copies.listOrEmpty(drafts);
  }
}
