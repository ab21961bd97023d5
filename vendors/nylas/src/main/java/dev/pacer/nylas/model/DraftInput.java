package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.nylas.internal.Values;
import java.util.List;

/**
 * A message to save or send: the body of {@code POST /drafts}, of {@code PUT /drafts/{id}} (which
 * also needs the draft's current {@link Builder#version(int) version}), and of {@code POST /send}
 * when sending directly without saving a draft first. Fields left unset are not sent. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * DraftInput.builder()
 *     .to(List.of(Participant.of("Ada", "ada@example.com")))
 *     .subject("Hello")
 *     .body("<p>Hi Ada</p>")
 *     .build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DraftInput {
  @JsonProperty("subject") private final String subject;
  @JsonProperty("from") private final List<Participant> from;
  @JsonProperty("to") private final List<Participant> to;
  @JsonProperty("cc") private final List<Participant> cc;
  @JsonProperty("bcc") private final List<Participant> bcc;
  @JsonProperty("reply_to") private final List<Participant> replyTo;
  @JsonProperty("reply_to_message_id") private final String replyToMessageId;
  @JsonProperty("body") private final String body;
  @JsonProperty("file_ids") private final List<String> fileIds;
  @JsonProperty("version") private final Integer version;
  @JsonProperty("tracking") private final Tracking tracking;

  private DraftInput(Builder b) {
    this.subject = b.subject;
    this.from = Values.listOrNull(b.from);
    this.to = Values.listOrNull(b.to);
    this.cc = Values.listOrNull(b.cc);
    this.bcc = Values.listOrNull(b.bcc);
    this.replyTo = Values.listOrNull(b.replyTo);
    this.replyToMessageId = b.replyToMessageId;
    this.body = b.body;
    this.fileIds = Values.listOrNull(b.fileIds);
    this.version = b.version;
    this.tracking = b.tracking;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this input's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.subject = subject;
    b.from = from;
    b.to = to;
    b.cc = cc;
    b.bcc = bcc;
    b.replyTo = replyTo;
    b.replyToMessageId = replyToMessageId;
    b.body = body;
    b.fileIds = fileIds;
    b.version = version;
    b.tracking = tracking;
    return b;
  }

  /** The subject, or null. */
  public String subject() { return subject; }

  /** The senders, or null (the account's address). */
  public List<Participant> from() { return from; }

  /** The recipients, or null. */
  public List<Participant> to() { return to; }

  /** Carbon-copy recipients, or null. */
  public List<Participant> cc() { return cc; }

  /** Blind-carbon-copy recipients, or null. */
  public List<Participant> bcc() { return bcc; }

  /** Where replies should go, or null. */
  public List<Participant> replyTo() { return replyTo; }

  /** The message this replies to, or null. */
  public String replyToMessageId() { return replyToMessageId; }

  /** The HTML body, or null. */
  public String body() { return body; }

  /** IDs of uploaded files to attach, or null. */
  public List<String> fileIds() { return fileIds; }

  /** The draft version being updated ({@code PUT /drafts/{id}}), or null. */
  public Integer version() { return version; }

  /** What to track when sending directly with {@code POST /send}, or null. */
  public Tracking tracking() { return tracking; }

  @Override
  public String toString() {
    return "DraftInput{subject=" + subject + ", to=" + to + ", version=" + version + "}";
  }

  /** Builds a {@link DraftInput}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String subject;
    private List<Participant> from;
    private List<Participant> to;
    private List<Participant> cc;
    private List<Participant> bcc;
    private List<Participant> replyTo;
    private String replyToMessageId;
    private String body;
    private List<String> fileIds;
    private Integer version;
    private Tracking tracking;

    private Builder() {}

    /** The subject line. */
    public Builder subject(String subject) { this.subject = subject; return this; }

    /** The senders; Nylas uses the account's address when unset. */
    public Builder from(List<Participant> from) { this.from = from; return this; }

    /** The recipients. */
    public Builder to(List<Participant> to) { this.to = to; return this; }

    /** Carbon-copy recipients. */
    public Builder cc(List<Participant> cc) { this.cc = cc; return this; }

    /** Blind-carbon-copy recipients. */
    public Builder bcc(List<Participant> bcc) { this.bcc = bcc; return this; }

    /** Where replies should go. */
    public Builder replyTo(List<Participant> replyTo) { this.replyTo = replyTo; return this; }

    /** The ID of the message this replies to. */
    public Builder replyToMessageId(String replyToMessageId) { this.replyToMessageId = replyToMessageId; return this; }

    /** The HTML body. */
    public Builder body(String body) { this.body = body; return this; }

    /** IDs of uploaded files to attach. */
    public Builder fileIds(List<String> fileIds) { this.fileIds = fileIds; return this; }

    /** The draft's current version; required by {@code PUT /drafts/{id}}. */
    public Builder version(int version) {
      if (version < 0) throw new IllegalArgumentException("version < 0: " + version);
      this.version = version;
      return this;
    }

    /** What to track; used by {@code POST /send} only. */
    public Builder tracking(Tracking tracking) { this.tracking = tracking; return this; }

    /** Builds the input. */
    public DraftInput build() {
      return new DraftInput(this);
    }
  }
}
