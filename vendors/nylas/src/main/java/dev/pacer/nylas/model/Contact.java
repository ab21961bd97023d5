package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Contact(
    String id,
    String object,
    String accountId,
    String givenName,
    String middleName,
    String surname,
    String suffix,
    String nickname,
    String birthday,
    String companyName,
    String jobTitle,
    String managerName,
    String officeLocation,
    String notes,
    String pictureUrl,
    List<ContactEmail> emails,
    List<ContactImAddress> imAddresses,
    List<ContactAddress> physicalAddresses,
    List<ContactPhoneNumber> phoneNumbers,
    List<ContactWebPage> webPages,
    List<ContactGroup> groups,
    String source) {

  public Contact {
    emails = Copies.listOrEmpty(emails);
    imAddresses = Copies.listOrEmpty(imAddresses);
    physicalAddresses = Copies.listOrEmpty(physicalAddresses);
    phoneNumbers = Copies.listOrEmpty(phoneNumbers);
    webPages = Copies.listOrEmpty(webPages);
    groups = Copies.listOrEmpty(groups);
  }
}
