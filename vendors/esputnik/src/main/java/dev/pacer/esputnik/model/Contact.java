package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact, as read by search and get and as written by add/update. On writes, null
 * components are left out of the request; at least one channel is required when adding.
 *
 * @param id the contact ID in eSputnik
 * @param firstName the first name
 * @param lastName the last name
 * @param channels the media channels (at most two of one type)
 * @param address the postal address
 * @param fields values of additional fields
 * @param addressBookId the catalog (address book) ID
 * @param externalCustomerId the contact's ID in your system
 * @param contactKey the contact key
 * @param groups the static segments the contact is in (read only)
 * @param languageCode the contact's language code
 * @param timeZone the contact's time zone, a TZ database name
 */
public record Contact(Long id, String firstName, String lastName, List<Channel> channels, Address address,
    List<ContactField> fields, Integer addressBookId, String externalCustomerId, String contactKey,
    List<Segment> groups, String languageCode, String timeZone) {

  /** Copies the lists, so a contact is immutable. */
  public Contact {
    channels = Copies.listOrNull(channels);
    fields = Copies.listOrNull(fields);
    groups = Copies.listOrNull(groups);
  }

  /** A builder for a contact to add or update. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. Not thread-safe; {@link #build()} copies the lists. */
  public static final class Builder {
    private Long id;
    private String firstName;
    private String lastName;
    private final List<Channel> channels = new ArrayList<>();
    private Address address;
    private final List<ContactField> fields = new ArrayList<>();
    private Integer addressBookId;
    private String externalCustomerId;
    private String contactKey;
    private String languageCode;
    private String timeZone;

    private Builder() {}

    /** The eSputnik contact ID, to update a known contact. */
    public Builder id(long id) { this.id = id; return this; }

    /** The first name. */
    public Builder firstName(String firstName) { this.firstName = firstName; return this; }

    /** The last name. */
    public Builder lastName(String lastName) { this.lastName = lastName; return this; }

    /** Adds a channel. */
    public Builder channel(Channel channel) {
      channels.add(java.util.Objects.requireNonNull(channel, "channel == null"));
      return this;
    }

    /** Adds an email channel. */
    public Builder email(String address) {
      return channel(Channel.email(address));
    }

    /** Adds an SMS channel. */
    public Builder sms(String phone) {
      return channel(Channel.sms(phone));
    }

    /** The postal address. */
    public Builder address(Address address) { this.address = address; return this; }

    /** Adds an additional field value. */
    public Builder field(int fieldId, String value) {
      fields.add(new ContactField(fieldId, value));
      return this;
    }

    /** The catalog (address book) ID. */
    public Builder addressBookId(int addressBookId) { this.addressBookId = addressBookId; return this; }

    /** The contact's ID in your system. */
    public Builder externalCustomerId(String externalCustomerId) {
      this.externalCustomerId = externalCustomerId;
      return this;
    }

    /** The contact key. */
    public Builder contactKey(String contactKey) { this.contactKey = contactKey; return this; }

    /** The language code, e.g. {@code en}. */
    public Builder languageCode(String languageCode) { this.languageCode = languageCode; return this; }

    /** The time zone, a TZ database name such as {@code Europe/Kyiv}. */
    public Builder timeZone(String timeZone) { this.timeZone = timeZone; return this; }

    /** The contact. */
    public Contact build() {
      return new Contact(id, firstName, lastName, channels.isEmpty() ? null : List.copyOf(channels), address,
          fields.isEmpty() ? null : List.copyOf(fields), addressBookId, externalCustomerId, contactKey, null,
          languageCode, timeZone);
    }
  }
}
