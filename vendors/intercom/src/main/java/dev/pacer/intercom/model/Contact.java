package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Contact(
    String type,
    String id,
    String workspaceId,
    String externalId,
    String role,
    String email,
    String emailDomain,
    String phone,
    String name,
    String ownerId,
    Boolean hasHardBounced,
    Boolean markedEmailAsSpam,
    Boolean unsubscribedFromEmails,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    @UnixSeconds Instant signedUpAt,
    @UnixSeconds Instant lastSeenAt,
    @UnixSeconds Instant lastRepliedAt,
    @UnixSeconds Instant lastContactedAt,
    @UnixSeconds Instant lastEmailOpenedAt,
    @UnixSeconds Instant lastEmailClickedAt,
    String languageOverride,
    String browser,
    String browserVersion,
    String browserLanguage,
    String os,
    Map<String, Object> customAttributes,
    Avatar avatar,
    AddressableList tags,
    AddressableList notes,
    AddressableList companies,
    Location location,
    SocialProfiles socialProfiles) {
  public Contact {
    customAttributes = Copies.mapOrEmpty(customAttributes);
  }

  @Override
  public String toString() {
    return "Contact{id=" + id + ", role=" + role + "}";
  }
}
