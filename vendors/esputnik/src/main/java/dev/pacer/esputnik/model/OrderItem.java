package dev.pacer.esputnik.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an {@link Order}.
 *
 * @param externalItemId the product ID in your system; required
 * @param name the product name
 * @param category the product category
 * @param quantity how many; required
 * @param cost the product price
 * @param url a link to the product page
 * @param imageUrl a link to the product image
 * @param description a short description
 */
public record OrderItem(String externalItemId, String name, String category, BigDecimal quantity, BigDecimal cost,
    String url, String imageUrl, String description) {

  /** Checks the required parts. */
  public OrderItem {
    Objects.requireNonNull(externalItemId, "externalItemId == null");
    Objects.requireNonNull(quantity, "quantity == null");
  }

  /** {@code quantity} of product {@code externalItemId} named {@code name} at {@code cost} each. */
  public static OrderItem of(String externalItemId, String name, BigDecimal quantity, BigDecimal cost) {
    return new OrderItem(externalItemId, name, null, quantity, cost, null, null, null);
  }
}
