package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.Map;

/**
 * A contact (a user or a lead) as Intercom returns it from {@code /contacts}. Fields that a
 * response leaves out are null (collections: empty); fields this model does not name are
 * ignored. Instances are read-only.
 *
 * @param type the object type, {@code contact}
 * @param id intercom's id of the contact
 * @param workspaceId the id of the workspace the contact belongs to
 * @param externalId your own id for the contact, or null
 * @param role {@code user} or {@code lead}
 * @param email the contact's email address
 * @param emailDomain the domain part of the email address
 * @param phone the phone number, or null
 * @param name the name, or null
 * @param ownerId the id of the admin who owns the contact, or null
 * @param hasHardBounced whether an email to the contact hard-bounced
 * @param markedEmailAsSpam whether the contact marked an email as spam
 * @param unsubscribedFromEmails whether the contact unsubscribed from emails
 * @param createdAt when the contact was created (Unix seconds on the wire)
 * @param updatedAt when the contact was last updated (Unix seconds on the wire)
 * @param signedUpAt when the user signed up, or null (Unix seconds on the wire)
 * @param lastSeenAt when the contact was last seen, or null (Unix seconds on the wire)
 * @param lastRepliedAt when the contact last replied, or null (Unix seconds on the wire)
 * @param lastContactedAt when the contact was last contacted, or null (Unix seconds on the wire)
 * @param lastEmailOpenedAt when the contact last opened an email, or null (Unix seconds on the wire)
 * @param lastEmailClickedAt when the contact last clicked a link in an email, or null (Unix seconds on the wire)
 * @param languageOverride the language the contact chose, or null
 * @param browser the browser last used, or null
 * @param browserVersion the version of that browser, or null
 * @param browserLanguage the language of that browser, or null
 * @param os the operating system last used, or null
 * @param customAttributes your custom attributes; empty when absent
 * @param avatar the avatar, or null
 * @param tags the tags applied (a first page, with a URL to the rest)
 * @param notes the notes on the contact (a first page)
 * @param companies the companies the contact belongs to (a first page)
 * @param location where the contact was last seen
 * @param socialProfiles the contact's social profiles
 */
public record Contact(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("workspace_id") String workspaceId,
    @JsonProperty("external_id") String externalId,
    @JsonProperty("role") String role,
    @JsonProperty("email") String email,
    @JsonProperty("email_domain") String emailDomain,
    @JsonProperty("phone") String phone,
    @JsonProperty("name") String name,
    @JsonProperty("owner_id") String ownerId,
    @JsonProperty("has_hard_bounced") Boolean hasHardBounced,
    @JsonProperty("marked_email_as_spam") Boolean markedEmailAsSpam,
    @JsonProperty("unsubscribed_from_emails") Boolean unsubscribedFromEmails,
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("updated_at") @UnixSeconds Instant updatedAt,
    @JsonProperty("signed_up_at") @UnixSeconds Instant signedUpAt,
    @JsonProperty("last_seen_at") @UnixSeconds Instant lastSeenAt,
    @JsonProperty("last_replied_at") @UnixSeconds Instant lastRepliedAt,
    @JsonProperty("last_contacted_at") @UnixSeconds Instant lastContactedAt,
    @JsonProperty("last_email_opened_at") @UnixSeconds Instant lastEmailOpenedAt,
    @JsonProperty("last_email_clicked_at") @UnixSeconds Instant lastEmailClickedAt,
    @JsonProperty("language_override") String languageOverride,
    @JsonProperty("browser") String browser,
    @JsonProperty("browser_version") String browserVersion,
    @JsonProperty("browser_language") String browserLanguage,
    @JsonProperty("os") String os,
    @JsonProperty("custom_attributes") Map<String, Object> customAttributes,
    @JsonProperty("avatar") Avatar avatar,
    @JsonProperty("tags") AddressableList tags,
    @JsonProperty("notes") AddressableList notes,
    @JsonProperty("companies") AddressableList companies,
    @JsonProperty("location") Location location,
    @JsonProperty("social_profiles") SocialProfiles socialProfiles) {
  public Contact {
    customAttributes = Copies.mapOrEmpty(customAttributes);
  }

  @Override
  public String toString() {
    return "Contact{id=" + id + ", role=" + role + "}";
  }
}
