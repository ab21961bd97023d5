package dev.pacer.nylas.model;

import dev.pacer.nylas.internal.QueryParams;
import java.time.Instant;
import java.util.Map;

/**
 * Filters and paging for {@code GET /threads}. Every filter is an exact match; unset filters are
 * not sent. Paging is by {@link Builder#limit(int) limit} (Nylas' default 100) and
 * {@link Builder#offset(int) offset}. Immutable and thread-safe.
 */
public final class ThreadFilter {
  private static final ThreadFilter NONE = builder().build();

  private final Builder b;

  private ThreadFilter(Builder b) {
    this.b = b.copy();
  }

  /** No filter: the first page of Nylas' default size. */
  public static ThreadFilter none() {
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
  public ThreadFilter withOffset(int offset) {
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
        .addEpochSeconds("last_message_before", b.lastMessageBefore)
        .addEpochSeconds("last_message_after", b.lastMessageAfter)
        .addEpochSeconds("started_before", b.startedBefore)
        .addEpochSeconds("started_after", b.startedAfter)
        .add("limit", b.limit)
        .add("offset", b.offset)
        .build();
  }

  @Override
  public String toString() {
    return "ThreadFilter" + query();
  }

  /** Builds a {@link ThreadFilter}. Not thread-safe; {@link #build()} copies. */
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
    private Instant lastMessageBefore;
    private Instant lastMessageAfter;
    private Instant startedBefore;
    private Instant startedAfter;
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
      c.lastMessageBefore = lastMessageBefore;
      c.lastMessageAfter = lastMessageAfter;
      c.startedBefore = startedBefore;
      c.startedAfter = startedAfter;
      c.limit = limit;
      c.offset = offset;
      return c;
    }

    /** Threads with this subject. */
    public Builder subject(String subject) { this.subject = subject; return this; }

    /** Threads with this address in any of from, to, cc or bcc. */
    public Builder anyEmail(String anyEmail) { this.anyEmail = anyEmail; return this; }

    /** Threads with a message sent to this address. */
    public Builder to(String to) { this.to = to; return this; }

    /** Threads with a message sent from this address. */
    public Builder from(String from) { this.from = from; return this; }

    /** Threads with a message carbon-copied to this address. */
    public Builder cc(String cc) { this.cc = cc; return this; }

    /** Threads with a message blind-carbon-copied to this address. */
    public Builder bcc(String bcc) { this.bcc = bcc; return this; }

    /** Threads in this folder or label (its name, display name or ID). */
    public Builder in(String in) { this.in = in; return this; }

    /** Threads not in this folder or label. */
    public Builder notIn(String notIn) { this.notIn = notIn; return this; }

    /** Unread (true) or read (false) threads. */
    public Builder unread(boolean unread) { this.unread = unread; return this; }

    /** Starred (true) or unstarred (false) threads. */
    public Builder starred(boolean starred) { this.starred = starred; return this; }

    /** Threads with an attachment of this file name. */
    public Builder filename(String filename) { this.filename = filename; return this; }

    /** Threads whose latest message is before this instant (sent as Unix seconds). */
    public Builder lastMessageBefore(Instant instant) { this.lastMessageBefore = instant; return this; }

    /** Threads whose latest message is after this instant (sent as Unix seconds). */
    public Builder lastMessageAfter(Instant instant) { this.lastMessageAfter = instant; return this; }

    /** Threads started before this instant (sent as Unix seconds). */
    public Builder startedBefore(Instant instant) { this.startedBefore = instant; return this; }

    /** Threads started after this instant (sent as Unix seconds). */
    public Builder startedAfter(Instant instant) { this.startedAfter = instant; return this; }

    /** The page size; Nylas' default is 100. */
    public Builder limit(int limit) { this.limit = QueryParams.checkLimit(limit); return this; }

    /** The offset of the first result, 0-based. */
    public Builder offset(int offset) { this.offset = QueryParams.checkOffset(offset); return this; }

    /** Builds the filter. */
    public ThreadFilter build() {
      return new ThreadFilter(this);
    }
  }
}
