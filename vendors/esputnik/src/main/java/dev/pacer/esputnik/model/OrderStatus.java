package dev.pacer.esputnik.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The state of an order sent with {@code POST /api/v1/orders}. */
public enum OrderStatus {
  /** Created. */
  INITIALIZED,
  /** Being processed. */
  IN_PROGRESS,
  /** Delivered. */
  DELIVERED,
  /** Cancelled. */
  CANCELLED,
  /** An abandoned shopping cart. */
  ABANDONED_SHOPPING_CART,
  /** A status this version of the client does not know (read only; never send it). */
  @JsonEnumDefaultValue UNKNOWN
}
