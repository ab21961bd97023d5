package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of {@code POST /contacts} and {@code PUT /contacts/{id}}: the writable fields of a
 * {@link Contact}. Fields left unset are not sent (on update: left as they are). Immutable and
 * thread-safe; build one with {@link #builder()}.
 *
 * @param givenName first name, or null when not set
 * @param middleName middle name, or null
 * @param surname last name, or null
 * @param suffix name suffix, or null
 * @param nickname nickname, or null
 * @param birthday birthday ({@code YYYY-MM-DD}), or null
 * @param companyName company, or null
 * @param jobTitle job title, or null
 * @param managerName manager's name, or null
 * @param officeLocation office location, or null
 * @param notes notes, or null
 * @param emails email addresses, or null when not set
 * @param imAddresses instant-messaging addresses, or null
 * @param physicalAddresses postal addresses, or null
 * @param phoneNumbers phone numbers, or null
 * @param webPages web pages, or null
 * @param group the ID of the contact group to put the contact in, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactInput(
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
    List<ContactEmail> emails,
    List<ContactImAddress> imAddresses,
    List<ContactAddress> physicalAddresses,
    List<ContactPhoneNumber> phoneNumbers,
    List<ContactWebPage> webPages,
    String group) {
  public ContactInput {
    emails = Copies.listOrNull(emails);
    imAddresses = Copies.listOrNull(imAddresses);
    physicalAddresses = Copies.listOrNull(physicalAddresses);
    phoneNumbers = Copies.listOrNull(phoneNumbers);
    webPages = Copies.listOrNull(webPages);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this input's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.givenName = givenName;
    b.middleName = middleName;
    b.surname = surname;
    b.suffix = suffix;
    b.nickname = nickname;
    b.birthday = birthday;
    b.companyName = companyName;
    b.jobTitle = jobTitle;
    b.managerName = managerName;
    b.officeLocation = officeLocation;
    b.notes = notes;
    b.emails = emails;
    b.imAddresses = imAddresses;
    b.physicalAddresses = physicalAddresses;
    b.phoneNumbers = phoneNumbers;
    b.webPages = webPages;
    b.group = group;
    return b;
  }

  @Override
  public String toString() {
    return "ContactInput{givenName=" + givenName + ", surname=" + surname + ", emails=" + emails + "}";
  }

  /** Builds a {@link ContactInput}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String givenName;
    private String middleName;
    private String surname;
    private String suffix;
    private String nickname;
    private String birthday;
    private String companyName;
    private String jobTitle;
    private String managerName;
    private String officeLocation;
    private String notes;
    private List<ContactEmail> emails;
    private List<ContactImAddress> imAddresses;
    private List<ContactAddress> physicalAddresses;
    private List<ContactPhoneNumber> phoneNumbers;
    private List<ContactWebPage> webPages;
    private String group;

    private Builder() {}

    /** First name. */
    public Builder givenName(String givenName) { this.givenName = givenName; return this; }

    /** Middle name. */
    public Builder middleName(String middleName) { this.middleName = middleName; return this; }

    /** Last name. */
    public Builder surname(String surname) { this.surname = surname; return this; }

    /** Name suffix. */
    public Builder suffix(String suffix) { this.suffix = suffix; return this; }

    /** Nickname. */
    public Builder nickname(String nickname) { this.nickname = nickname; return this; }

    /** Birthday as {@code YYYY-MM-DD}. */
    public Builder birthday(String birthday) { this.birthday = birthday; return this; }

    /** Company. */
    public Builder companyName(String companyName) { this.companyName = companyName; return this; }

    /** Job title. */
    public Builder jobTitle(String jobTitle) { this.jobTitle = jobTitle; return this; }

    /** Manager's name. */
    public Builder managerName(String managerName) { this.managerName = managerName; return this; }

    /** Office location. */
    public Builder officeLocation(String officeLocation) { this.officeLocation = officeLocation; return this; }

    /** Notes. */
    public Builder notes(String notes) { this.notes = notes; return this; }

    /** Email addresses (replaces the whole list on update). */
    public Builder emails(List<ContactEmail> emails) { this.emails = emails; return this; }

    /** Instant-messaging addresses (replaces the whole list on update). */
    public Builder imAddresses(List<ContactImAddress> imAddresses) { this.imAddresses = imAddresses; return this; }

    /** Postal addresses (replaces the whole list on update). */
    public Builder physicalAddresses(List<ContactAddress> physicalAddresses) { this.physicalAddresses = physicalAddresses; return this; }

    /** Phone numbers (replaces the whole list on update). */
    public Builder phoneNumbers(List<ContactPhoneNumber> phoneNumbers) { this.phoneNumbers = phoneNumbers; return this; }

    /** Web pages (replaces the whole list on update). */
    public Builder webPages(List<ContactWebPage> webPages) { this.webPages = webPages; return this; }

    /** The ID of a {@link ContactGroup} to put the contact in. */
    public Builder group(String group) { this.group = group; return this; }

    /** Builds the input. */
    public ContactInput build() {
      return new ContactInput(
          givenName,
          middleName,
          surname,
          suffix,
          nickname,
          birthday,
          companyName,
          jobTitle,
          managerName,
          officeLocation,
          notes,
          emails,
          imAddresses,
          physicalAddresses,
          phoneNumbers,
          webPages,
          group);
    }
  }
}
