package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.Map;

/**
 * A contact (a user or a lead) as Intercom returns it from {@code /contacts}. Fields that a
 * response leaves out are null (collections: empty); fields this model does not name are
 * ignored. Instances are read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Contact {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("workspace_id") private String workspaceId;
  @JsonProperty("external_id") private String externalId;
  @JsonProperty("role") private String role;
  @JsonProperty("email") private String email;
  @JsonProperty("email_domain") private String emailDomain;
  @JsonProperty("phone") private String phone;
  @JsonProperty("name") private String name;
  @JsonProperty("owner_id") private String ownerId;
  @JsonProperty("has_hard_bounced") private Boolean hasHardBounced;
  @JsonProperty("marked_email_as_spam") private Boolean markedEmailAsSpam;
  @JsonProperty("unsubscribed_from_emails") private Boolean unsubscribedFromEmails;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("signed_up_at") @UnixSeconds private Instant signedUpAt;
  @JsonProperty("last_seen_at") @UnixSeconds private Instant lastSeenAt;
  @JsonProperty("last_replied_at") @UnixSeconds private Instant lastRepliedAt;
  @JsonProperty("last_contacted_at") @UnixSeconds private Instant lastContactedAt;
  @JsonProperty("last_email_opened_at") @UnixSeconds private Instant lastEmailOpenedAt;
  @JsonProperty("last_email_clicked_at") @UnixSeconds private Instant lastEmailClickedAt;
  @JsonProperty("language_override") private String languageOverride;
  @JsonProperty("browser") private String browser;
  @JsonProperty("browser_version") private String browserVersion;
  @JsonProperty("browser_language") private String browserLanguage;
  @JsonProperty("os") private String os;
  @JsonProperty("custom_attributes") private Map<String, Object> customAttributes;
  @JsonProperty("avatar") private Avatar avatar;
  @JsonProperty("tags") private AddressableList tags;
  @JsonProperty("notes") private AddressableList notes;
  @JsonProperty("companies") private AddressableList companies;
  @JsonProperty("location") private Location location;
  @JsonProperty("social_profiles") private SocialProfiles socialProfiles;

  private Contact() {}

  /** The object type, {@code contact}. */
  public String type() {
    return type;
  }

  /** Intercom's id of the contact. */
  public String id() {
    return id;
  }

  /** The id of the workspace the contact belongs to. */
  public String workspaceId() {
    return workspaceId;
  }

  /** Your own id for the contact, or null. */
  public String externalId() {
    return externalId;
  }

  /** {@code user} or {@code lead}. */
  public String role() {
    return role;
  }

  /** The contact's email address. */
  public String email() {
    return email;
  }

  /** The domain part of the email address. */
  public String emailDomain() {
    return emailDomain;
  }

  /** The phone number, or null. */
  public String phone() {
    return phone;
  }

  /** The name, or null. */
  public String name() {
    return name;
  }

  /** The id of the admin who owns the contact, or null. */
  public String ownerId() {
    return ownerId;
  }

  /** Whether an email to the contact hard-bounced. */
  public Boolean hasHardBounced() {
    return hasHardBounced;
  }

  /** Whether the contact marked an email as spam. */
  public Boolean markedEmailAsSpam() {
    return markedEmailAsSpam;
  }

  /** Whether the contact unsubscribed from emails. */
  public Boolean unsubscribedFromEmails() {
    return unsubscribedFromEmails;
  }

  /** When the contact was created (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When the contact was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** When the user signed up, or null (Unix seconds on the wire). */
  public Instant signedUpAt() {
    return signedUpAt;
  }

  /** When the contact was last seen, or null (Unix seconds on the wire). */
  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  /** When the contact last replied, or null (Unix seconds on the wire). */
  public Instant lastRepliedAt() {
    return lastRepliedAt;
  }

  /** When the contact was last contacted, or null (Unix seconds on the wire). */
  public Instant lastContactedAt() {
    return lastContactedAt;
  }

  /** When the contact last opened an email, or null (Unix seconds on the wire). */
  public Instant lastEmailOpenedAt() {
    return lastEmailOpenedAt;
  }

  /** When the contact last clicked a link in an email, or null (Unix seconds on the wire). */
  public Instant lastEmailClickedAt() {
    return lastEmailClickedAt;
  }

  /** The language the contact chose, or null. */
  public String languageOverride() {
    return languageOverride;
  }

  /** The browser last used, or null. */
  public String browser() {
    return browser;
  }

  /** The version of that browser, or null. */
  public String browserVersion() {
    return browserVersion;
  }

  /** The language of that browser, or null. */
  public String browserLanguage() {
    return browserLanguage;
  }

  /** The operating system last used, or null. */
  public String os() {
    return os;
  }

  /** Your custom attributes; empty when absent. */
  public Map<String, Object> customAttributes() {
    return Collections2.view(customAttributes);
  }

  /** The avatar, or null. */
  public Avatar avatar() {
    return avatar;
  }

  /** The tags applied (a first page, with a URL to the rest). */
  public AddressableList tags() {
    return tags;
  }

  /** The notes on the contact (a first page). */
  public AddressableList notes() {
    return notes;
  }

  /** The companies the contact belongs to (a first page). */
  public AddressableList companies() {
    return companies;
  }

  /** Where the contact was last seen. */
  public Location location() {
    return location;
  }

  /** The contact's social profiles. */
  public SocialProfiles socialProfiles() {
    return socialProfiles;
  }

  @Override
  public String toString() {
    return "Contact{id=" + id + ", role=" + role + "}";
  }
}
