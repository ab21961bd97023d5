package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The answer to {@code POST /api/v1/orders}: the orders eSputnik could not add or update (a
 * required field empty or malformed, or none of externalCustomerId, email and phone given).
 * Empty or null when all were taken.
 *
 * @param failedOrders the refused orders with the reason
 */
public record FailedOrders(List<FailedOrder> failedOrders) {
  /** Copies the list. */
  public FailedOrders {
    failedOrders = Copies.listOrNull(failedOrders);
  }

  /**
   * One refused order.
   *
   * @param order the order as eSputnik read it
   * @param error why it was refused
   */
  public record FailedOrder(Order order, String error) {}
}
