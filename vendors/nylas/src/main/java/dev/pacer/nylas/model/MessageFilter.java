package dev.pacer.nylas.model;

import dev.pacer.nylas.internal.QueryParams;
import java.time.Instant;
import java.util.Map;

/**
 * Filters and paging for {@code GET /messages} (and {@code GET /drafts}, which takes the same
 * filters). Every filter is an exact match; unset filters are not sent. Paging is by
 * {@link Builder#limit(int) limit} (Nylas' default 100) and {@link Builder#offset(int) offset};
 * a page shorter than the limit is the last. Immutable and thread-safe.
 *
 * <pre>{@code
 * MessageFilter.builder().in("inbox").unread(true).receivedAfter(since).limit(50).build();
 * }</pre>
 */
public final class MessageFilter {
  private static final MessageFilter NONE = builder().build();

  private final Builder b;

  private MessageFilter(Builder b) {
    this.b = b.copy();
  }

  /** No filter: the first page of Nylas' default size. */
  public static MessageFilter none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this filter's settings. */
  public Builder toBuilder() {
    return b.copy();
  }

  /** This filter with another offset: the way to ask for the next page. */
  public MessageFilter withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** The page size, or null for Nylas' default (100). */
  public Integer limit() {
    return b.limit;
  }

  /** The offset of the first result, or null for 0. */
  public Integer offset() {
    return b.offset;
  }

  /** The query parameters, in a stable order. */
  public Map<String, String> query() {
    return new QueryParams()
        .add("subject", b.subject)
        .add("any_email", b.anyEmail)
        .add("to", b.to)
        .add("from", b.from)
        .add("cc", b.cc)
        .add("bcc", b.bcc)
        .add("in", b.in)
        .add("not_in", b.notIn)
        .add("unread", b.unread)
        .add("starred", b.starred)
        .add("filename", b.filename)
        .add("thread_id", b.threadId)
        .addEpochSeconds("received_before", b.receivedBefore)
        .addEpochSeconds("received_after", b.receivedAfter)
        .add("has_attachment", b.hasAttachment)
        .add("limit", b.limit)
        .add("offset", b.offset)
        .build();
  }

  @Override
  public String toString() {
    return "MessageFilter" + query();
  }

  /** Builds a {@link MessageFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String subject;
    private String anyEmail;
    private String to;
    private String from;
    private String cc;
    private String bcc;
    private String in;
    private String notIn;
    private Boolean unread;
    private Boolean starred;
    private String filename;
    private String threadId;
    private Instant receivedBefore;
    private Instant receivedAfter;
    private Boolean hasAttachment;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.subject = subject;
      c.anyEmail = anyEmail;
      c.to = to;
      c.from = from;
      c.cc = cc;
      c.bcc = bcc;
      c.in = in;
      c.notIn = notIn;
      c.unread = unread;
      c.starred = starred;
      c.filename = filename;
      c.threadId = threadId;
      c.receivedBefore = receivedBefore;
      c.receivedAfter = receivedAfter;
      c.hasAttachment = hasAttachment;
      c.limit = limit;
      c.offset = offset;
      return c;
    }

    /** Messages with this subject. */
    public Builder subject(String subject) { this.subject = subject; return this; }

    /** Messages with this address in any of from, to, cc or bcc. */
    public Builder anyEmail(String anyEmail) { this.anyEmail = anyEmail; return this; }

    /** Messages sent to this address. */
    public Builder to(String to) { this.to = to; return this; }

    /** Messages sent from this address. */
    public Builder from(String from) { this.from = from; return this; }

    /** Messages carbon-copied to this address. */
    public Builder cc(String cc) { this.cc = cc; return this; }

    /** Messages blind-carbon-copied to this address. */
    public Builder bcc(String bcc) { this.bcc = bcc; return this; }

    /** Messages in this folder or label (its name, display name or ID). */
    public Builder in(String in) { this.in = in; return this; }

    /** Messages not in this folder or label (its name, display name or ID). */
    public Builder notIn(String notIn) { this.notIn = notIn; return this; }

    /** Unread (true) or read (false) messages. */
    public Builder unread(boolean unread) { this.unread = unread; return this; }

    /** Starred (true) or unstarred (false) messages. */
    public Builder starred(boolean starred) { this.starred = starred; return this; }

    /** Messages with an attachment of this file name. */
    public Builder filename(String filename) { this.filename = filename; return this; }

    /** Messages of this thread. */
    public Builder threadId(String threadId) { this.threadId = threadId; return this; }

    /** Messages received before this instant (sent as Unix seconds). */
    public Builder receivedBefore(Instant receivedBefore) { this.receivedBefore = receivedBefore; return this; }

    /** Messages received after this instant (sent as Unix seconds). */
    public Builder receivedAfter(Instant receivedAfter) { this.receivedAfter = receivedAfter; return this; }

    /** Messages with (true) or without (false) attachments. */
    public Builder hasAttachment(boolean hasAttachment) { this.hasAttachment = hasAttachment; return this; }

    /** The page size; Nylas' default is 100. */
    public Builder limit(int limit) { this.limit = QueryParams.checkLimit(limit); return this; }

    /** The offset of the first result, 0-based. */
    public Builder offset(int offset) { this.offset = QueryParams.checkOffset(offset); return this; }

    /** Builds the filter. */
    public MessageFilter build() {
      return new MessageFilter(this);
    }
  }
}
