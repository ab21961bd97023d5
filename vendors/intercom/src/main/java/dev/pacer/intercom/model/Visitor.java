package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A visitor: someone on your site or app who is not yet a contact. Read-only. The spec types
 * the items of a visitor's {@code social_profiles} and {@code segments} only as strings, so those
 * two lists are not read.
 *
 * @param type the object type, {@code visitor}
 * @param id Intercom's id of the visitor
 * @param userId the visitor's generated user id (what {@code GET /visitors} looks up)
 * @param anonymous whether the visitor is anonymous
 * @param email the email address, or null (often empty)
 * @param phone the phone number, or null
 * @param name the name, or null
 * @param pseudonym the generated pseudonym, e.g. {@code Red Duck from Dublin}, or null
 * @param avatar the avatar, or null
 * @param appId the workspace's id
 * @param companies the visitor's companies, or null
 * @param locationData where the visitor was seen, or null
 * @param lastRequestAt when the visitor was last seen, or null (the spec's schema spells it
 *     {@code las_request_at}, its example {@code last_request_at}; both are read)
 * @param createdAt when the visitor was added (Unix seconds on the wire)
 * @param remoteCreatedAt when you say the visitor was created, or null
 * @param signedUpAt when the visitor signed up, or null
 * @param updatedAt when the visitor was last updated
 * @param sessionCount how many sessions the visitor has had
 * @param ownerId the id of the admin who owns the visitor, or null
 * @param unsubscribedFromEmails whether the visitor unsubscribed from emails
 * @param markedEmailAsSpam whether the visitor marked an email as spam
 * @param hasHardBounced whether an email to the visitor hard-bounced
 * @param tags the visitor's tags, or null
 * @param customAttributes the visitor's custom attributes; empty when absent
 * @param referrer the referring page, or null
 * @param utmCampaign the {@code utm_campaign}, or null
 * @param utmContent the {@code utm_content}, or null
 * @param utmMedium the {@code utm_medium}, or null
 * @param utmSource the {@code utm_source}, or null
 * @param utmTerm the {@code utm_term}, or null
 * @param doNotTrack whether the visitor has Do Not Track on, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Visitor(
    String type,
    String id,
    String userId,
    Boolean anonymous,
    String email,
    String phone,
    String name,
    String pseudonym,
    Avatar avatar,
    String appId,
    Companies companies,
    LocationData locationData,
    @JsonAlias("las_request_at") @UnixSeconds Instant lastRequestAt,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant remoteCreatedAt,
    @UnixSeconds Instant signedUpAt,
    @UnixSeconds Instant updatedAt,
    Integer sessionCount,
    String ownerId,
    Boolean unsubscribedFromEmails,
    Boolean markedEmailAsSpam,
    Boolean hasHardBounced,
    Tags tags,
    Map<String, Object> customAttributes,
    String referrer,
    String utmCampaign,
    String utmContent,
    String utmMedium,
    String utmSource,
    String utmTerm,
    Boolean doNotTrack) {
  public Visitor {
    customAttributes = Copies.mapOrEmpty(customAttributes);
  }

  @Override
  public String toString() {
    return "Visitor{id=" + id + "}";
  }

  /**
   * A visitor's companies.
   *
   * @param type the object type, {@code company.list}
   * @param companies the companies; empty when absent
   */
  public record Companies(String type, List<Company> companies) {
    public Companies {
      companies = Copies.listOrEmpty(companies);
    }
  }

  /**
   * Where a visitor was seen.
   *
   * @param type the object type, {@code location_data}
   * @param cityName the city
   * @param continentCode the continent code, e.g. {@code EU}
   * @param countryCode the country code, e.g. {@code IRL}
   * @param countryName the country
   * @param postalCode the postal code
   * @param regionName the region
   * @param timezone the time zone, e.g. {@code Europe/Dublin}
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record LocationData(
      String type,
      String cityName,
      String continentCode,
      String countryCode,
      String countryName,
      String postalCode,
      String regionName,
      String timezone) {}
}
