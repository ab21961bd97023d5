package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ContactRequest {
  @JsonProperty("role") private final String role;
  @JsonProperty("external_id") private final String externalId;
  @JsonProperty("email") private final String email;
  @JsonProperty("phone") private final String phone;
  @JsonProperty("name") private final String name;
  @JsonProperty("avatar") private final String avatar;
  @JsonProperty("signed_up_at") @UnixSeconds private final Instant signedUpAt;
  @JsonProperty("last_seen_at") @UnixSeconds private final Instant lastSeenAt;
  @JsonProperty("owner_id") private final String ownerId;
  @JsonProperty("unsubscribed_from_emails") private final Boolean unsubscribedFromEmails;
  @JsonProperty("custom_attributes")
  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)
  private final Map<String, Object> customAttributes;

  private ContactRequest(Builder b) {
    this.role = b.role;
    this.externalId = b.externalId;
    this.email = b.email;
    this.phone = b.phone;
    this.name = b.name;
    this.avatar = b.avatar;
    this.signedUpAt = b.signedUpAt;
    this.lastSeenAt = b.lastSeenAt;
    this.ownerId = b.ownerId;
    this.unsubscribedFromEmails = b.unsubscribedFromEmails;
    this.customAttributes = Collections2.copyOrNull(b.customAttributes);
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

  /** {@code user} or {@code lead}, or null. */
  public String role() {
    return role;
  }

  /** Your id for the contact, or null. */
  public String externalId() {
    return externalId;
  }

  /** The email address, or null. */
  public String email() {
    return email;
  }

  /** The phone number, or null. */
  public String phone() {
    return phone;
  }

  /** The name, or null. */
  public String name() {
    return name;
  }

  /** The URL of the avatar image, or null. */
  public String avatar() {
    return avatar;
  }

  /** When the user signed up, or null. */
  public Instant signedUpAt() {
    return signedUpAt;
  }

  /** When the contact was last seen, or null. */
  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  /** The id of the admin who owns the contact, or null. */
  public String ownerId() {
    return ownerId;
  }

  /** Whether the contact is unsubscribed from emails, or null. */
  public Boolean unsubscribedFromEmails() {
    return unsubscribedFromEmails;
  }

  /** The custom attributes to set; empty when none. */
  public Map<String, Object> customAttributes() {
    return Collections2.view(customAttributes);
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
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /** Your own id for the contact. */
    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    /** The email address. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** The phone number. */
    public Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    /** The name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The URL of an avatar image. */
    public Builder avatar(String avatarUrl) {
      this.avatar = avatarUrl;
      return this;
    }

    /** When the user signed up (sent as Unix seconds). */
    public Builder signedUpAt(Instant signedUpAt) {
      this.signedUpAt = signedUpAt;
      return this;
    }

    /** When the contact was last seen (sent as Unix seconds). */
    public Builder lastSeenAt(Instant lastSeenAt) {
      this.lastSeenAt = lastSeenAt;
      return this;
    }

    /** The id of the admin who owns the contact. */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      return this;
    }

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
      return new ContactRequest(this);
    }
  }
}
