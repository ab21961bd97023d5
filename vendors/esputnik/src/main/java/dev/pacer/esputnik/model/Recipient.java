package dev.pacer.esputnik.model;

/**
 * One recipient of a prepared message, identified by contact ID, external ID or locator (an
 * email address, phone number, push token or Telegram chat ID), with optional parameters for
 * dynamic content.
 *
 * @param contactId the contact ID
 * @param externalCustomerId the contact's ID in your system
 * @param locator the channel address
 * @param jsonParam parameters for dynamic content, as a JSON text
 * @param externalRequestId your ID for this recipient's message
 * @param languageCode the language version to send
 */
public record Recipient(Long contactId, String externalCustomerId, String locator, String jsonParam,
    String externalRequestId, String languageCode) {

  /** A recipient by channel address (email, phone, token). */
  public static Recipient locator(String locator) {
    return new Recipient(null, null, java.util.Objects.requireNonNull(locator, "locator == null"), null, null, null);
  }

  /** A recipient by contact ID. */
  public static Recipient contact(long contactId) {
    return new Recipient(contactId, null, null, null, null, null);
  }

  /** This recipient with dynamic-content parameters {@code json}. */
  public Recipient withJsonParam(String json) {
    return new Recipient(contactId, externalCustomerId, locator, json, externalRequestId, languageCode);
  }
}
