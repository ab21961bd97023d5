package dev.pacer.esputnik.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What became of a message sent to a contact, as the message history reports it. */
public enum ActivityStatus {
  /** Delivered. */
  DELIVERED,
  /** Not delivered. */
  UNDELIVERED,
  /** Read (opened). */
  READ,
  /** The contact unsubscribed from it. */
  UNSUBSCRIBED,
  /** The contact changed subscription categories from it. */
  SUBSCRIPTION_CHANGED,
  /** A link in it was clicked. */
  CLICKED,
  /** It was reported as spam. */
  SPAM,
  /** A status this version of the client does not know. */
  @JsonEnumDefaultValue UNKNOWN
}
