package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /conversations}: a conversation started by a contact with an in-app
 * message. Immutable.
 *
 * <pre>{@code
 * CreateConversationRequest.fromContact("6762f11b1bb69f9f2193bba3", "Hello there").build();
 * }</pre>
 *
 * @param from who the message is from
 * @param body the message body
 * @param subject the subject, or null
 * @param attachmentUrls URLs of files to attach, or null when not sent
 * @param createdAt when the message was created, or null for now
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateConversationRequest(
    From from,
    String body,
    String subject,
    List<String> attachmentUrls,
    @UnixSeconds Instant createdAt) {
  public CreateConversationRequest {
    attachmentUrls = Copies.listOrNull(attachmentUrls);
  }

  /** A builder for a message from the contact with Intercom id {@code contactId}. */
  public static Builder fromContact(String contactId, String body) {
    return new Builder(new From("contact", contactId), body);
  }

  /**
   * A builder for a message from {@code type} ({@code user}, {@code lead} or {@code contact})
   * with id {@code id}.
   */
  public static Builder from(String type, String id, String body) {
    return new Builder(new From(type, id), body);
  }

  @Override
  public String toString() {
    return "CreateConversationRequest{from=" + from + "}";
  }

  /**
   * The sender of a new conversation.
   *
   * @param type {@code user}, {@code lead} or {@code contact}
   * @param id the sender's Intercom id
   */
  public record From(String type, String id) {
    public From {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(id, "id == null");
    }
  }

  /** Builds a {@link CreateConversationRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final From from;
    private final String body;
    private String subject;
    private List<String> attachmentUrls;
    private Instant createdAt;

    private Builder(From from, String body) {
      this.from = from;
      this.body = Objects.requireNonNull(body, "body == null");
    }

    /** The subject. */
    public Builder subject(String subject) { this.subject = subject; return this; }

    /** Adds the URL of a file to attach (at most 10). */
    public Builder attachmentUrl(String url) {
      Objects.requireNonNull(url, "url == null");
      if (attachmentUrls == null) attachmentUrls = new ArrayList<>();
      attachmentUrls.add(url);
      return this;
    }

    /** When the message was created; default now. */
    public Builder createdAt(Instant createdAt) { this.createdAt = createdAt; return this; }

    /** Builds the request. */
    public CreateConversationRequest build() {
      return new CreateConversationRequest(from, body, subject, attachmentUrls, createdAt);
    }
  }
}
