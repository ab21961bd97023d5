package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored SMS message ({@code GET /api/v1/messages/sms/{id}}), or one of its language versions.
 *
 * @param id the message ID
 * @param name the message's name
 * @param from the sender name
 * @param text the text
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param trackUrls whether links are tracked
 * @param translations the other language versions
 */
public record SmsMessage(Integer id, String name, String from, String text, String languageCode, List<String> tags,
    List<String> subscriptionsKeys, List<String> languages, Boolean trackUrls, List<SmsMessage> translations) {

  /** Copies the lists. */
  public SmsMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    translations = Copies.listOrNull(translations);
  }
}
