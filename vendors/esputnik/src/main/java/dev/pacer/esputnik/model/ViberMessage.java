package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored Viber message ({@code GET /api/v1/messages/viber/{id}} and the Viber search), or one
 * of its language versions.
 *
 * @param id the message ID
 * @param name the message's name
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param from the sender name
 * @param transactional whether it is a transactional (text-only) message
 * @param text the text
 * @param img an image URL
 * @param caption the button text
 * @param action the button link
 * @param ttlSec the lifetime in seconds (eSputnik's default: one day)
 * @param smsFallback whether an SMS goes to contacts without Viber
 * @param smsSender the fallback SMS's sender name
 * @param smsContent the fallback SMS's text
 * @param translations the other language versions
 */
public record ViberMessage(Integer id, String name, String languageCode, List<String> tags,
    List<String> subscriptionsKeys, List<String> languages, String from, Boolean transactional, String text, String img,
    String caption, String action, Integer ttlSec, Boolean smsFallback, String smsSender, String smsContent,
    List<ViberMessage> translations) {

  /** Copies the lists. */
  public ViberMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    translations = Copies.listOrNull(translations);
  }
}
