package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * The message that started a conversation. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ConversationSource {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("delivered_as") private String deliveredAs;
  @JsonProperty("subject") private String subject;
  @JsonProperty("body") private String body;
  @JsonProperty("author") private Author author;
  @JsonProperty("attachments") private List<Attachment> attachments;
  @JsonProperty("url") private String url;
  @JsonProperty("redacted") private Boolean redacted;

  private ConversationSource() {}

  /** What kind of source, e.g. {@code conversation} or {@code email}. */
  public String type() {
    return type;
  }

  /** The source message's id, or null. */
  public String id() {
    return id;
  }

  /** How it was delivered, e.g. {@code customer_initiated} or {@code admin_initiated}. */
  public String deliveredAs() {
    return deliveredAs;
  }

  /** The subject, often empty. */
  public String subject() {
    return subject;
  }

  /** The body as HTML. */
  public String body() {
    return body;
  }

  /** Who wrote it. */
  public Author author() {
    return author;
  }

  /** Its attachments; empty when absent. */
  public List<Attachment> attachments() {
    return Collections2.view(attachments);
  }

  /** The URL the message was sent from, or null. */
  public String url() {
    return url;
  }

  /** Whether it was redacted. */
  public Boolean redacted() {
    return redacted;
  }

  @Override
  public String toString() {
    return "ConversationSource{id=" + id + ", deliveredAs=" + deliveredAs + "}";
  }
}
