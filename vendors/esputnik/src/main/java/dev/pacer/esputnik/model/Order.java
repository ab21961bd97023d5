package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order, as sent with {@code POST /api/v1/orders} and as a refused order comes back. Build
 * one with {@link #builder}: the ID, status, date, currency and total are required, and one of
 * externalCustomerId, email and phone identifies the buyer.
 *
 * @param externalOrderId the order ID in your system; required
 * @param externalCustomerId the buyer's ID in your system
 * @param totalCost the total cost; required
 * @param status the order's state; required
 * @param date when the order was placed, ISO-8601 with offset; required
 * @param currency the ISO 4217 currency code; required
 * @param email the buyer's email address
 * @param phone the buyer's phone number
 * @param firstName the buyer's first name
 * @param lastName the buyer's last name
 * @param shipping the shipping cost
 * @param discount the discount
 * @param taxes the taxes
 * @param restoreUrl a link that restores the cart
 * @param statusDescription a description of the status
 * @param storeId the store, when one account has several
 * @param source {@code online} or {@code offline} (anything else counts as online)
 * @param deliveryMethod the delivery method
 * @param paymentMethod the payment method
 * @param deliveryAddress the delivery address
 * @param additionalInfo further text values by name
 * @param items the order lines
 */
public record Order(String externalOrderId, String externalCustomerId, BigDecimal totalCost, OrderStatus status,
    String date, String currency, String email, String phone, String firstName, String lastName, BigDecimal shipping,
    BigDecimal discount, BigDecimal taxes, String restoreUrl, String statusDescription, String storeId, String source,
    String deliveryMethod, String paymentMethod, String deliveryAddress, Map<String, String> additionalInfo,
    List<OrderItem> items) {

  /** Copies the collections. */
  public Order {
    additionalInfo = Copies.mapOrNull(additionalInfo);
    items = Copies.listOrNull(items);
  }

  /** A builder for an order with its required parts. */
  public static Builder builder(String externalOrderId, OrderStatus status, OffsetDateTime date, String currency,
      BigDecimal totalCost) {
    return new Builder(externalOrderId, status, date, currency, totalCost);
  }

  /** Builds an {@link Order}. Not thread-safe; {@link #build()} copies the collections. */
  public static final class Builder {
    private final String externalOrderId;
    private final OrderStatus status;
    private final String date;
    private final String currency;
    private final BigDecimal totalCost;
    private String externalCustomerId;
    private String email;
    private String phone;
    private String firstName;
    private String lastName;
    private BigDecimal shipping;
    private BigDecimal discount;
    private BigDecimal taxes;
    private String restoreUrl;
    private String statusDescription;
    private String storeId;
    private String source;
    private String deliveryMethod;
    private String paymentMethod;
    private String deliveryAddress;
    private final Map<String, String> additionalInfo = new LinkedHashMap<>();
    private final List<OrderItem> items = new ArrayList<>();

    private Builder(String externalOrderId, OrderStatus status, OffsetDateTime date, String currency,
        BigDecimal totalCost) {
      this.externalOrderId = Objects.requireNonNull(externalOrderId, "externalOrderId == null");
      this.status = Objects.requireNonNull(status, "status == null");
      if (status == OrderStatus.UNKNOWN) throw new IllegalArgumentException("status UNKNOWN cannot be sent");
      this.date = Objects.requireNonNull(date, "date == null").toString();
      this.currency = Objects.requireNonNull(currency, "currency == null");
      this.totalCost = Objects.requireNonNull(totalCost, "totalCost == null");
    }

    /** The buyer's ID in your system. */
    public Builder externalCustomerId(String id) { this.externalCustomerId = id; return this; }

    /** The buyer's email address. */
    public Builder email(String email) { this.email = email; return this; }

    /** The buyer's phone number. */
    public Builder phone(String phone) { this.phone = phone; return this; }

    /** The buyer's first and last name. */
    public Builder name(String firstName, String lastName) {
      this.firstName = firstName;
      this.lastName = lastName;
      return this;
    }

    /** The shipping cost. */
    public Builder shipping(BigDecimal shipping) { this.shipping = shipping; return this; }

    /** The discount. */
    public Builder discount(BigDecimal discount) { this.discount = discount; return this; }

    /** The taxes. */
    public Builder taxes(BigDecimal taxes) { this.taxes = taxes; return this; }

    /** A link that restores the cart. */
    public Builder restoreUrl(String url) { this.restoreUrl = url; return this; }

    /** A description of the status. */
    public Builder statusDescription(String description) { this.statusDescription = description; return this; }

    /** The store, when one account has several. */
    public Builder storeId(String storeId) { this.storeId = storeId; return this; }

    /** {@code online} or {@code offline}. */
    public Builder source(String source) { this.source = source; return this; }

    /** The delivery method. */
    public Builder deliveryMethod(String method) { this.deliveryMethod = method; return this; }

    /** The payment method. */
    public Builder paymentMethod(String method) { this.paymentMethod = method; return this; }

    /** The delivery address. */
    public Builder deliveryAddress(String address) { this.deliveryAddress = address; return this; }

    /** Adds a further text value. */
    public Builder additionalInfo(String name, String value) {
      additionalInfo.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** Adds an order line. */
    public Builder item(OrderItem item) {
      items.add(Objects.requireNonNull(item, "item == null"));
      return this;
    }

    /** The order; checks that the buyer is identified. */
    public Order build() {
      if (externalCustomerId == null && email == null && phone == null) {
        throw new IllegalStateException("an order needs externalCustomerId, email or phone");
      }
      return new Order(externalOrderId, externalCustomerId, totalCost, status, date, currency, email, phone, firstName,
          lastName, shipping, discount, taxes, restoreUrl, statusDescription, storeId, source, deliveryMethod,
          paymentMethod, deliveryAddress, additionalInfo.isEmpty() ? null : Map.copyOf(additionalInfo),
          items.isEmpty() ? null : List.copyOf(items));
    }
  }
}
