package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored app inbox message ({@code GET /api/v1/messages/appinbox/{id}} and the app inbox
 * search), or one of its language versions.
 *
 * @param id the message ID
 * @param name the message's name
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param title the title
 * @param text the text
 * @param link the link a click on the message opens
 * @param imageSource the logo image URL
 * @param customData further parameters, as a JSON text
 * @param ttlSec the time to live in seconds
 * @param translations the other language versions
 */
public record AppInboxMessage(Integer id, String name, String languageCode, List<String> tags,
    List<String> subscriptionsKeys, List<String> languages, String title, String text, String link,
    String imageSource, String customData, Integer ttlSec, List<AppInboxMessage> translations) {

  /** Copies the lists. */
  public AppInboxMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    translations = Copies.listOrNull(translations);
  }
}
