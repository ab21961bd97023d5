package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored mobile push message ({@code GET /api/v1/messages/mobilepush/{id}} and the mobile
 * push search), or one of its language versions.
 *
 * @param id the message ID
 * @param name the message's name
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param title the title
 * @param subtitle the subtitle (iOS only)
 * @param text the text
 * @param link an external link or a deep link
 * @param imageSource the URL of a single image
 * @param customData further parameters, as a JSON text
 * @param ttlSec the time to live in seconds
 * @param buttons the buttons (up to 4 on iOS, 3 on Android)
 * @param soundEnabled whether a sound plays
 * @param badgeCount the badge number
 * @param images image URLs for a carousel, up to 10
 * @param translations the other language versions
 */
public record MobilePushMessage(Integer id, String name, String languageCode, List<String> tags,
    List<String> subscriptionsKeys, List<String> languages, String title, String subtitle, String text, String link,
    String imageSource, String customData, Integer ttlSec, List<Button> buttons, Boolean soundEnabled,
    Long badgeCount, List<String> images, List<MobilePushMessage> translations) {

  /** Copies the lists. */
  public MobilePushMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    buttons = Copies.listOrNull(buttons);
    images = Copies.listOrNull(images);
    translations = Copies.listOrNull(translations);
  }

  /**
   * A button of a mobile push message.
   *
   * @param actionId the action's ID
   * @param label the label
   * @param iosIconPath the icon, on iOS
   * @param link the link it opens
   * @param customData further parameters, as a JSON text
   */
  public record Button(String actionId, String label, String iosIconPath, String link, String customData) {}
}
