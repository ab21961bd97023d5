package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /api/v1/orders}.
 *
 * @param orders the orders to add or update; required, not empty
 */
public record Orders(List<Order> orders) {
  /** Checks and copies the orders. */
  public Orders {
    Objects.requireNonNull(orders, "orders == null");
    if (orders.isEmpty()) throw new IllegalArgumentException("orders is empty");
    orders = Copies.listOrNull(orders);
  }

  /** These orders. */
  public static Orders of(Order... orders) {
    return new Orders(List.of(orders));
  }
}
