package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
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
 *
 * @param subject the subject, or null
 * @param from the senders, or null (the account's address)
 * @param to the recipients, or null
 * @param cc carbon-copy recipients, or null
 * @param bcc blind-carbon-copy recipients, or null
 * @param replyTo where replies should go, or null
 * @param replyToMessageId the message this replies to, or null
 * @param body the HTML body, or null
 * @param fileIds IDs of uploaded files to attach, or null
 * @param version the draft version being updated ({@code PUT /drafts/{id}}), or null
 * @param tracking what to track when sending directly with {@code POST /send}, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DraftInput(
    String subject,
    List<Participant> from,
    List<Participant> to,
    List<Participant> cc,
    List<Participant> bcc,
    List<Participant> replyTo,
    String replyToMessageId,
    String body,
    List<String> fileIds,
    Integer version,
    Tracking tracking) {
  public DraftInput {
    from = Copies.listOrNull(from);
    to = Copies.listOrNull(to);
    cc = Copies.listOrNull(cc);
    bcc = Copies.listOrNull(bcc);
    replyTo = Copies.listOrNull(replyTo);
    fileIds = Copies.listOrNull(fileIds);
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
      return new DraftInput(
          subject,
          from,
          to,
          cc,
          bcc,
          replyTo,
          replyToMessageId,
          body,
          fileIds,
          version,
          tracking);
    }
  }
}
