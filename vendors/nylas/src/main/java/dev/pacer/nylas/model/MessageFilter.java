package dev.pacer.nylas.model;

import java.time.Instant;

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
public final class MessageFilter extends ListFilter<MessageFilter> {
  private static final MessageFilter NONE = builder().build();

  private MessageFilter(Builder b) {
    super(b);
  }

  /** No filter: the first page of Nylas' default size. */
  public static MessageFilter none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MessageFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends ListFilter.MailBuilder<MessageFilter, Builder> {
    private Builder() {
      super(MessageFilter::new, "thread_id", "received_before", "received_after", "has_attachment");
    }

    /** Messages of this thread. */
    public Builder threadId(String threadId) { return set("thread_id", threadId); }

    /** Messages received before this instant (sent as Unix seconds). */
    public Builder receivedBefore(Instant receivedBefore) { return setEpochSeconds("received_before", receivedBefore); }

    /** Messages received after this instant (sent as Unix seconds). */
    public Builder receivedAfter(Instant receivedAfter) { return setEpochSeconds("received_after", receivedAfter); }

    /** Messages with (true) or without (false) attachments. */
    public Builder hasAttachment(boolean hasAttachment) { return set("has_attachment", hasAttachment); }
  }
}
