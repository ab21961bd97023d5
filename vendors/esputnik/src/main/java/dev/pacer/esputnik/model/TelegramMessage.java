package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored Telegram bot message ({@code GET /api/v1/messages/telegram/{id}} and the Telegram
 * search), or one of its language versions.
 *
 * @param id the message ID
 * @param name the message's name
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param text the text
 * @param imageSource the URL of a single image
 * @param buttons the link buttons
 * @param translations the other language versions
 */
public record TelegramMessage(Integer id, String name, String languageCode, List<String> tags,
    List<String> subscriptionsKeys, List<String> languages, String text, String imageSource, List<Button> buttons,
    List<TelegramMessage> translations) {

  /** Copies the lists. */
  public TelegramMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    buttons = Copies.listOrNull(buttons);
    translations = Copies.listOrNull(translations);
  }

  /**
   * A link button of a Telegram message.
   *
   * @param text the button text
   * @param link the link
   */
  public record Button(String text, String link) {}
}
