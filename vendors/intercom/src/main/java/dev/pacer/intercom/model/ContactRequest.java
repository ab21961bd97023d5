package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /contacts} (create) and {@code PUT /contacts/{id}} (update). Only the
 * fields you set are sent, so an update changes just those. Creating needs at least one of
 * {@link Builder#email email}, {@link Builder#externalId externalId} or {@link Builder#role role}.
 * Immutable; {@link #builder()} to make one.
 *
 * <pre>{@code
 * ContactRequest.builder().role("user").externalId("u-42").email("ada@example.com")
 *     .customAttribute("plan", "pro").build();
 * }</pre>
 *
 * @param role {@code user} or {@code lead}, or null
 * @param externalId your id for the contact, or null
 * @param email the email address, or null
 * @param phone the phone number, or null
 * @param name the name, or null
 * @param avatar the URL of the avatar image, or null
 * @param signedUpAt when the user signed up, or null
 * @param lastSeenAt when the contact was last seen, or null
 * @param ownerId the id of the admin who owns the contact, or null
 * @param unsubscribedFromEmails whether the contact is unsubscribed from emails, or null
 * @param customAttributes the custom attributes to set, or null when not sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactRequest(
    String role,
    String externalId,
    String email,
    String phone,
    String name,
    String avatar,
    @UnixSeconds Instant signedUpAt,
    @UnixSeconds Instant lastSeenAt,
    String ownerId,
    Boolean unsubscribedFromEmails,
    @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> customAttributes) {
  public ContactRequest {
    customAttributes = Copies.mapOrNull(customAttributes);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.role = role;
    b.externalId = externalId;
    b.email = email;
    b.phone = phone;
    b.name = name;
    b.avatar = avatar;
    b.signedUpAt = signedUpAt;
    b.lastSeenAt = lastSeenAt;
    b.ownerId = ownerId;
    b.unsubscribedFromEmails = unsubscribedFromEmails;
    if (customAttributes != null) b.customAttributes = new LinkedHashMap<>(customAttributes);
    return b;
  }

  @Override
  public String toString() {
    return "ContactRequest{role=" + role + ", externalId=" + externalId + "}";
  }

  /** Builds a {@link ContactRequest}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String role;
    private String externalId;
    private String email;
    private String phone;
    private String name;
    private String avatar;
    private Instant signedUpAt;
    private Instant lastSeenAt;
    private String ownerId;
    private Boolean unsubscribedFromEmails;
    private Map<String, Object> customAttributes;

    private Builder() {}

    /** {@code user} or {@code lead}. */
    public Builder role(String role) { this.role = role; return this; }

    /** Your own id for the contact. */
    public Builder externalId(String externalId) { this.externalId = externalId; return this; }

    /** The email address. */
    public Builder email(String email) { this.email = email; return this; }

    /** The phone number. */
    public Builder phone(String phone) { this.phone = phone; return this; }

    /** The name. */
    public Builder name(String name) { this.name = name; return this; }

    /** The URL of an avatar image. */
    public Builder avatar(String avatarUrl) { this.avatar = avatarUrl; return this; }

    /** When the user signed up (sent as Unix seconds). */
    public Builder signedUpAt(Instant signedUpAt) { this.signedUpAt = signedUpAt; return this; }

    /** When the contact was last seen (sent as Unix seconds). */
    public Builder lastSeenAt(Instant lastSeenAt) { this.lastSeenAt = lastSeenAt; return this; }

    /** The id of the admin who owns the contact. */
    public Builder ownerId(String ownerId) { this.ownerId = ownerId; return this; }

    /** Whether the contact is unsubscribed from emails. */
    public Builder unsubscribedFromEmails(Boolean unsubscribed) {
      this.unsubscribedFromEmails = unsubscribed;
      return this;
    }

    /** Sets one custom attribute; a null value clears it on the server. */
    public Builder customAttribute(String name, Object value) {
      Objects.requireNonNull(name, "name == null");
      if (customAttributes == null) customAttributes = new LinkedHashMap<>();
      customAttributes.put(name, value);
      return this;
    }

    /** Replaces the custom attributes to set; null sends none. */
    public Builder customAttributes(Map<String, ?> attributes) {
      this.customAttributes = attributes == null ? null : new LinkedHashMap<>(attributes);
      return this;
    }

    /** Builds the request. */
    public ContactRequest build() {
      return new ContactRequest(
          role,
          externalId,
          email,
          phone,
          name,
          avatar,
          signedUpAt,
          lastSeenAt,
          ownerId,
          unsubscribedFromEmails,
          customAttributes);
    }
  }
}
