package dev.pacer.nylas.model;

import dev.pacer.nylas.internal.QueryParams;
import java.util.Map;

/**
 * Filters and paging for {@code GET /contacts}. Every filter is an exact match; unset filters
 * are not sent. Immutable and thread-safe.
 */
public final class ContactFilter {
  private static final ContactFilter NONE = builder().build();

  private final Builder b;

  private ContactFilter(Builder b) {
    this.b = b.copy();
  }

  /** No filter: the first page of Nylas' default size. */
  public static ContactFilter none() {
    return NONE;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this filter's settings. */
  public Builder toBuilder() {
    return b.copy();
  }

  /** This filter with another offset: the way to ask for the next page. */
  public ContactFilter withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** The page size, or null for Nylas' default (100). */
  public Integer limit() {
    return b.limit;
  }

  /** The offset of the first result, or null for 0. */
  public Integer offset() {
    return b.offset;
  }

  /** The query parameters, in a stable order. */
  public Map<String, String> query() {
    return new QueryParams()
        .add("email", b.email)
        .add("phone_number", b.phoneNumber)
        .add("street_address", b.streetAddress)
        .add("postal_code", b.postalCode)
        .add("state", b.state)
        .add("country", b.country)
        .add("source", b.source)
        .add("group", b.group)
        .add("recurse", b.recurse)
        .add("limit", b.limit)
        .add("offset", b.offset)
        .build();
  }

  @Override
  public String toString() {
    return "ContactFilter" + query();
  }

  /** Builds a {@link ContactFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private String email;
    private String phoneNumber;
    private String streetAddress;
    private String postalCode;
    private String state;
    private String country;
    private String source;
    private String group;
    private Boolean recurse;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.email = email;
      c.phoneNumber = phoneNumber;
      c.streetAddress = streetAddress;
      c.postalCode = postalCode;
      c.state = state;
      c.country = country;
      c.source = source;
      c.group = group;
      c.recurse = recurse;
      c.limit = limit;
      c.offset = offset;
      return c;
    }

    /** Contacts with this email address. */
    public Builder email(String email) { this.email = email; return this; }

    /** Contacts with this phone number. */
    public Builder phoneNumber(String phoneNumber) { this.phoneNumber = phoneNumber; return this; }

    /** Contacts with this street address. */
    public Builder streetAddress(String streetAddress) { this.streetAddress = streetAddress; return this; }

    /** Contacts with this postal code. */
    public Builder postalCode(String postalCode) { this.postalCode = postalCode; return this; }

    /** Contacts in this state or region. */
    public Builder state(String state) { this.state = state; return this; }

    /** Contacts in this country. */
    public Builder country(String country) { this.country = country; return this; }

    /** Contacts from this source: {@code address_book}, {@code inbox} or {@code domain}. */
    public Builder source(String source) { this.source = source; return this; }

    /** Contacts in the group with this ID. */
    public Builder group(String group) { this.group = group; return this; }

    /** With {@link #group(String)}: also contacts in the group's subgroups. */
    public Builder recurse(boolean recurse) { this.recurse = recurse; return this; }

    /** The page size; Nylas' default is 100. */
    public Builder limit(int limit) { this.limit = QueryParams.checkLimit(limit); return this; }

    /** The offset of the first result, 0-based. */
    public Builder offset(int offset) { this.offset = QueryParams.checkOffset(offset); return this; }

    /** Builds the filter. */
    public ContactFilter build() {
      return new ContactFilter(this);
    }
  }
}
