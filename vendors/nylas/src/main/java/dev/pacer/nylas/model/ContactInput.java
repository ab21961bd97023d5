package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.nylas.internal.Values;
import java.util.List;

/**
 * The body of {@code POST /contacts} and {@code PUT /contacts/{id}}: the writable fields of a
 * {@link Contact}. Fields left unset are not sent (on update: left as they are). Immutable and
 * thread-safe; build one with {@link #builder()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ContactInput {
  @JsonProperty("given_name") private final String givenName;
  @JsonProperty("middle_name") private final String middleName;
  @JsonProperty("surname") private final String surname;
  @JsonProperty("suffix") private final String suffix;
  @JsonProperty("nickname") private final String nickname;
  @JsonProperty("birthday") private final String birthday;
  @JsonProperty("company_name") private final String companyName;
  @JsonProperty("job_title") private final String jobTitle;
  @JsonProperty("manager_name") private final String managerName;
  @JsonProperty("office_location") private final String officeLocation;
  @JsonProperty("notes") private final String notes;
  @JsonProperty("emails") private final List<ContactEmail> emails;
  @JsonProperty("im_addresses") private final List<ContactImAddress> imAddresses;
  @JsonProperty("physical_addresses") private final List<ContactAddress> physicalAddresses;
  @JsonProperty("phone_numbers") private final List<ContactPhoneNumber> phoneNumbers;
  @JsonProperty("web_pages") private final List<ContactWebPage> webPages;
  @JsonProperty("group") private final String group;

  private ContactInput(Builder b) {
    this.givenName = b.givenName;
    this.middleName = b.middleName;
    this.surname = b.surname;
    this.suffix = b.suffix;
    this.nickname = b.nickname;
    this.birthday = b.birthday;
    this.companyName = b.companyName;
    this.jobTitle = b.jobTitle;
    this.managerName = b.managerName;
    this.officeLocation = b.officeLocation;
    this.notes = b.notes;
    this.emails = Values.listOrNull(b.emails);
    this.imAddresses = Values.listOrNull(b.imAddresses);
    this.physicalAddresses = Values.listOrNull(b.physicalAddresses);
    this.phoneNumbers = Values.listOrNull(b.phoneNumbers);
    this.webPages = Values.listOrNull(b.webPages);
    this.group = b.group;
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

  /** First name, or null when not set. */
  public String givenName() { return givenName; }

  /** Middle name, or null. */
  public String middleName() { return middleName; }

  /** Last name, or null. */
  public String surname() { return surname; }

  /** Name suffix, or null. */
  public String suffix() { return suffix; }

  /** Nickname, or null. */
  public String nickname() { return nickname; }

  /** Birthday ({@code YYYY-MM-DD}), or null. */
  public String birthday() { return birthday; }

  /** Company, or null. */
  public String companyName() { return companyName; }

  /** Job title, or null. */
  public String jobTitle() { return jobTitle; }

  /** Manager's name, or null. */
  public String managerName() { return managerName; }

  /** Office location, or null. */
  public String officeLocation() { return officeLocation; }

  /** Notes, or null. */
  public String notes() { return notes; }

  /** Email addresses, or null when not set. */
  public List<ContactEmail> emails() { return emails; }

  /** Instant-messaging addresses, or null. */
  public List<ContactImAddress> imAddresses() { return imAddresses; }

  /** Postal addresses, or null. */
  public List<ContactAddress> physicalAddresses() { return physicalAddresses; }

  /** Phone numbers, or null. */
  public List<ContactPhoneNumber> phoneNumbers() { return phoneNumbers; }

  /** Web pages, or null. */
  public List<ContactWebPage> webPages() { return webPages; }

  /** The ID of the contact group to put the contact in, or null. */
  public String group() { return group; }

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
      return new ContactInput(this);
    }
  }
}
