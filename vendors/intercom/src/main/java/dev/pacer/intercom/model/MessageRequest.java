package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /messages}: an admin sends an in-app message or an email to one or
 * more contacts. One recipient is sent as an object, several as an array (the spec accepts both).
 * WhatsApp messages, which take template components the spec leaves open, are not typed here.
 * Immutable.
 *
 * <pre>{@code
 * MessageRequest.email("991267816", "Your invoice", "<p>Attached.</p>")
 *     .to(MessageRequest.Recipient.user("6762f2391bb69f9f2193bc19"))
 *     .build();
 * }</pre>
 *
 * @param messageType {@code in_app} or {@code email}
 * @param subject the email's subject, or null
 * @param body the content, HTML or plain text
 * @param template the email style, {@code plain} or {@code personal}, or null
 * @param from the sending admin
 * @param to the recipients
 * @param cc the copied recipients of an email, or null
 * @param bcc the blind-copied recipients of an email, or null
 * @param createdAt when the message was created, or null for now
 * @param createConversationWithoutContactReply whether to open a conversation in the inbox
 *     before the contact replies, or null for Intercom's default (false)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageRequest(
    String messageType,
    String subject,
    String body,
    String template,
    Sender from,
    @JsonFormat(with = {JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED, JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY})
    List<Recipient> to,
    @JsonFormat(with = {JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED, JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY})
    List<Recipient> cc,
    @JsonFormat(with = {JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED, JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY})
    List<Recipient> bcc,
    @UnixSeconds Instant createdAt,
    Boolean createConversationWithoutContactReply) {
  public MessageRequest {
    to = to == null ? null : List.copyOf(to);
    cc = cc == null ? null : List.copyOf(cc);
    bcc = bcc == null ? null : List.copyOf(bcc);
  }

  /** A builder for an in-app message from the admin {@code adminId}. */
  public static Builder inApp(String adminId, String body) {
    return new Builder("in_app", adminId, null, body);
  }

  /** A builder for an email from the admin {@code adminId}. */
  public static Builder email(String adminId, String subject, String body) {
    return new Builder("email", adminId, Objects.requireNonNull(subject, "subject == null"), body);
  }

  @Override
  public String toString() {
    return "MessageRequest{" + messageType + ", from=" + from + ", recipients=" + (to == null ? 0 : to.size()) + "}";
  }

  /**
   * The sender of a message: always an admin.
   *
   * @param type {@code admin}
   * @param id the admin's id; the spec's schema types it as an integer, its examples send it as a
   *     string, as this type does
   */
  public record Sender(String type, String id) {
    public Sender {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(id, "id == null");
    }
  }

  /**
   * A recipient of a message.
   *
   * @param type {@code user} or {@code lead}
   * @param id the contact's Intercom id
   */
  public record Recipient(String type, String id) {
    public Recipient {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(id, "id == null");
    }

    /** The user with Intercom id {@code id}. */
    public static Recipient user(String id) {
      return new Recipient("user", id);
    }

    /** The lead with Intercom id {@code id}. */
    public static Recipient lead(String id) {
      return new Recipient("lead", id);
    }
  }

  /** Builds a {@link MessageRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String messageType;
    private final Sender from;
    private final String subject;
    private final String body;
    private String template;
    private final List<Recipient> to = new ArrayList<>();
    private final List<Recipient> cc = new ArrayList<>();
    private final List<Recipient> bcc = new ArrayList<>();
    private Instant createdAt;
    private Boolean createConversationWithoutContactReply;

    private Builder(String messageType, String adminId, String subject, String body) {
      this.messageType = messageType;
      this.from = new Sender("admin", Objects.requireNonNull(adminId, "adminId == null"));
      this.subject = subject;
      this.body = Objects.requireNonNull(body, "body == null");
    }

    /** Adds a recipient. */
    public Builder to(Recipient recipient) {
      to.add(Objects.requireNonNull(recipient, "recipient == null"));
      return this;
    }

    /** Adds a copied recipient (emails only). */
    public Builder cc(Recipient recipient) {
      cc.add(Objects.requireNonNull(recipient, "recipient == null"));
      return this;
    }

    /** Adds a blind-copied recipient (emails only). */
    public Builder bcc(Recipient recipient) {
      bcc.add(Objects.requireNonNull(recipient, "recipient == null"));
      return this;
    }

    /** The email style, {@code plain} or {@code personal}. */
    public Builder template(String template) { this.template = template; return this; }

    /** When the message was created; default now. */
    public Builder createdAt(Instant createdAt) { this.createdAt = createdAt; return this; }

    /** Whether to open a conversation in the inbox before the contact replies. */
    public Builder createConversationWithoutContactReply(boolean create) {
      this.createConversationWithoutContactReply = create;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException if no recipient was added
     */
    public MessageRequest build() {
      if (to.isEmpty()) throw new IllegalStateException("a message needs at least one recipient");
      return new MessageRequest(messageType, subject, body, template, from, to,
          cc.isEmpty() ? null : cc, bcc.isEmpty() ? null : bcc, createdAt, createConversationWithoutContactReply);
    }
  }
}
