package dev.pacer.nylas.model;

/**
 * Filters and paging for {@code GET /contacts}. Every filter is an exact match; unset filters
 * are not sent. Immutable and thread-safe.
 */
public final class ContactFilter extends ListFilter<ContactFilter> {
  private static final ContactFilter NONE = builder().build();

  private ContactFilter(Builder b) {
    super(b);
  }

  /** No filter: the first page of Nylas' default size. */
  public static ContactFilter none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ContactFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends ListFilter.Builder<ContactFilter, Builder> {
    private Builder() {
      super(ContactFilter::new, "email", "phone_number", "street_address", "postal_code", "state", "country", "source", "group", "recurse");
    }

    /** Contacts with this email address. */
    public Builder email(String email) { return set("email", email); }

    /** Contacts with this phone number. */
    public Builder phoneNumber(String phoneNumber) { return set("phone_number", phoneNumber); }

    /** Contacts with this street address. */
    public Builder streetAddress(String streetAddress) { return set("street_address", streetAddress); }

    /** Contacts with this postal code. */
    public Builder postalCode(String postalCode) { return set("postal_code", postalCode); }

    /** Contacts in this state or region. */
    public Builder state(String state) { return set("state", state); }

    /** Contacts in this country. */
    public Builder country(String country) { return set("country", country); }

    /** Contacts from this source: {@code address_book}, {@code inbox} or {@code domain}. */
    public Builder source(String source) { return set("source", source); }

    /** Contacts in the group with this ID. */
    public Builder group(String group) { return set("group", group); }

    /** With {@link #group(String)}: also contacts in the group's subgroups. */
    public Builder recurse(boolean recurse) { return set("recurse", recurse); }
  }
}
