package dev.pacer.nylas.model;

import java.time.Instant;

/**
 * Filters and paging for {@code GET /threads}: the mail filters of {@link MessageFilter} (each
 * matching threads with such a message) and the thread's own times. Every filter is an exact
 * match; unset filters are not sent. Paging is by {@link Builder#limit(int) limit} (Nylas' default
 * 100) and {@link Builder#offset(int) offset}. Immutable and thread-safe.
 */
public final class ThreadFilter extends ListFilter<ThreadFilter> {
  private static final ThreadFilter NONE = builder().build();

  private ThreadFilter(Builder b) {
    super(b);
  }

  /** No filter: the first page of Nylas' default size. */
  public static ThreadFilter none() {
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

  /** Builds a {@link ThreadFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends ListFilter.MailBuilder<ThreadFilter, Builder> {
    private Builder() {
      super(ThreadFilter::new, "last_message_before", "last_message_after", "started_before", "started_after");
    }

    /** Threads whose latest message is before this instant (sent as Unix seconds). */
    public Builder lastMessageBefore(Instant instant) { return setEpochSeconds("last_message_before", instant); }

    /** Threads whose latest message is after this instant (sent as Unix seconds). */
    public Builder lastMessageAfter(Instant instant) { return setEpochSeconds("last_message_after", instant); }

    /** Threads started before this instant (sent as Unix seconds). */
    public Builder startedBefore(Instant instant) { return setEpochSeconds("started_before", instant); }

    /** Threads started after this instant (sent as Unix seconds). */
    public Builder startedAfter(Instant instant) { return setEpochSeconds("started_after", instant); }
  }
}
