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
 * The body of {@code POST /conversations/{id}/reply}: an admin's comment or note, or a
 * contact's comment (the contact named by Intercom id, your user id, or email). Immutable.
 *
 * <pre>{@code
 * ReplyRequest.adminComment("991267696", "We are on it.").build();
 * ReplyRequest.contactComment(ReplyRequest.Contact.intercomUserId("6762f1571bb69f9f2193bbbb"), "Thanks!").build();
 * }</pre>
 *
 * @param messageType {@code comment} or {@code note}
 * @param type who replies: {@code admin} or {@code user}
 * @param adminId the replying admin's id, or null for a contact's reply
 * @param intercomUserId the replying contact's Intercom id, or null
 * @param userId the replying contact's user id in your system, or null
 * @param email the replying contact's email address, or null
 * @param body the reply's body (HTML allowed)
 * @param createdAt when the reply was written, or null for now
 * @param attachmentUrls URLs of files to attach, or null when not sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReplyRequest(
    String messageType,
    String type,
    String adminId,
    String intercomUserId,
    String userId,
    String email,
    String body,
    @UnixSeconds Instant createdAt,
    List<String> attachmentUrls) {
  public ReplyRequest {
    attachmentUrls = Copies.listOrNull(attachmentUrls);
  }

  /** A reply the contact sees, from the admin {@code adminId}. */
  public static Builder adminComment(String adminId, String body) {
    return new Builder("comment", "admin", Objects.requireNonNull(adminId, "adminId == null"), null, body);
  }

  /** An internal note only teammates see, from the admin {@code adminId}. */
  public static Builder adminNote(String adminId, String body) {
    return new Builder("note", "admin", Objects.requireNonNull(adminId, "adminId == null"), null, body);
  }

  /** A reply from the contact {@code contact}. */
  public static Builder contactComment(Contact contact, String body) {
    return new Builder("comment", "user", null, Objects.requireNonNull(contact, "contact == null"), body);
  }

  @Override
  public String toString() {
    return "ReplyRequest{messageType=" + messageType + ", type=" + type + "}";
  }

  /** Names the contact who replies: by Intercom id, by your user id, or by email. */
  public static final class Contact {
    private final String intercomUserId;
    private final String userId;
    private final String email;

    private Contact(String intercomUserId, String userId, String email) {
      this.intercomUserId = intercomUserId;
      this.userId = userId;
      this.email = email;
    }

    /** The contact with Intercom id {@code id}. */
    public static Contact intercomUserId(String id) {
      return new Contact(Objects.requireNonNull(id, "id == null"), null, null);
    }

    /** The contact with your user id {@code userId}. */
    public static Contact userId(String userId) {
      return new Contact(null, Objects.requireNonNull(userId, "userId == null"), null);
    }

    /** The contact with email address {@code email}. */
    public static Contact email(String email) {
      return new Contact(null, null, Objects.requireNonNull(email, "email == null"));
    }

    @Override
    public String toString() {
      return intercomUserId != null ? "Contact{intercomUserId=" + intercomUserId + "}"
          : userId != null ? "Contact{userId=" + userId + "}" : "Contact{email}";
    }
  }

  /** Builds a {@link ReplyRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final String messageType;
    private final String type;
    private final String adminId;
    private final Contact contact;
    private final String body;
    private Instant createdAt;
    private List<String> attachmentUrls;

    private Builder(String messageType, String type, String adminId, Contact contact, String body) {
      this.messageType = messageType;
      this.type = type;
      this.adminId = adminId;
      this.contact = contact;
      this.body = Objects.requireNonNull(body, "body == null");
    }

    /** When the reply was written; default now. */
    public Builder createdAt(Instant createdAt) { this.createdAt = createdAt; return this; }

    /** Adds the URL of a file to attach (at most 10). */
    public Builder attachmentUrl(String url) {
      Objects.requireNonNull(url, "url == null");
      if (attachmentUrls == null) attachmentUrls = new ArrayList<>();
      attachmentUrls.add(url);
      return this;
    }

    /** Builds the request. */
    public ReplyRequest build() {
      return new ReplyRequest(
          messageType,
          type,
          adminId,
          contact == null ? null : contact.intercomUserId,
          contact == null ? null : contact.userId,
          contact == null ? null : contact.email,
          body,
          createdAt,
          attachmentUrls);
    }
  }
}
