package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A subscription type (a kind of message a contact can opt in to or out of), from {@code
 * /subscription_types} and a contact's subscriptions. Read-only.
 *
 * @param type the object type, {@code subscription}
 * @param id the subscription type's id
 * @param state {@code live}, {@code draft} or {@code archived}
 * @param defaultTranslation its name and description in the default language, or null
 * @param translations its name and description in each language; empty when absent
 * @param consentType {@code opt_in} or {@code opt_out}
 * @param contentTypes the message kinds it covers, {@code email} and/or {@code sms_message}; empty when absent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionType(
    String type,
    String id,
    String state,
    Translation defaultTranslation,
    List<Translation> translations,
    String consentType,
    List<String> contentTypes) {
  public SubscriptionType {
    translations = Copies.listOrEmpty(translations);
    contentTypes = Copies.listOrEmpty(contentTypes);
  }

  /**
   * A subscription type's name and description in one language.
   *
   * @param name the localised name
   * @param description the localised description
   * @param locale the two-letter language code
   */
  public record Translation(String name, String description, String locale) {}
}
