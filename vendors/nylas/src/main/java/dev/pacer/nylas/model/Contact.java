package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A contact ({@code /contacts}). Lists are never null.
 *
 * @param id the contact's ID
 * @param object always {@code contact}
 * @param accountId the account the contact belongs to
 * @param givenName first name
 * @param middleName middle name
 * @param surname last name
 * @param suffix name suffix, e.g. {@code Jr.}
 * @param nickname nickname
 * @param birthday birthday as the provider stores it, usually {@code YYYY-MM-DD}
 * @param companyName company
 * @param jobTitle job title
 * @param managerName manager's name
 * @param officeLocation office location
 * @param notes free-text notes
 * @param pictureUrl where {@code GET /contacts/{id}/picture} serves the picture, or null
 * @param emails email addresses
 * @param imAddresses instant-messaging addresses
 * @param physicalAddresses postal addresses
 * @param phoneNumbers phone numbers
 * @param webPages web pages
 * @param groups the groups the contact belongs to
 * @param source {@code address_book} or {@code inbox}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(
    @JsonProperty("id") String id,
    @JsonProperty("object") String object,
    @JsonProperty("account_id") String accountId,
    @JsonProperty("given_name") String givenName,
    @JsonProperty("middle_name") String middleName,
    @JsonProperty("surname") String surname,
    @JsonProperty("suffix") String suffix,
    @JsonProperty("nickname") String nickname,
    @JsonProperty("birthday") String birthday,
    @JsonProperty("company_name") String companyName,
    @JsonProperty("job_title") String jobTitle,
    @JsonProperty("manager_name") String managerName,
    @JsonProperty("office_location") String officeLocation,
    @JsonProperty("notes") String notes,
    @JsonProperty("picture_url") String pictureUrl,
    @JsonProperty("emails") List<ContactEmail> emails,
    @JsonProperty("im_addresses") List<ContactImAddress> imAddresses,
    @JsonProperty("physical_addresses") List<ContactAddress> physicalAddresses,
    @JsonProperty("phone_numbers") List<ContactPhoneNumber> phoneNumbers,
    @JsonProperty("web_pages") List<ContactWebPage> webPages,
    @JsonProperty("groups") List<ContactGroup> groups,
    @JsonProperty("source") String source) {

  public Contact {
    emails = Copies.listOrEmpty(emails);
    imAddresses = Copies.listOrEmpty(imAddresses);
    physicalAddresses = Copies.listOrEmpty(physicalAddresses);
    phoneNumbers = Copies.listOrEmpty(phoneNumbers);
    webPages = Copies.listOrEmpty(webPages);
    groups = Copies.listOrEmpty(groups);
  }
}
