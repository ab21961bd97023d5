package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A stored email message with its content ({@code GET /api/v1/messages/email/{id}}), or one of
 * its language versions in {@code translations}.
 *
 * @param id the message ID
 * @param name the message's name
 * @param from the sender, e.g. {@code "Shop" <info@shop.com>}
 * @param subject the subject
 * @param htmlText the HTML with styles inlined
 * @param rawHtml the HTML without styles
 * @param ampHtml the AMP version
 * @param css the styles
 * @param languageCode the language code
 * @param tags the tags
 * @param subscriptionsKeys the subscription category keys
 * @param languages the language codes of a multilingual message
 * @param translations the other language versions
 */
public record EmailMessage(Integer id, String name, String from, String subject, String htmlText, String rawHtml,
    String ampHtml, String css, String languageCode, List<String> tags, List<String> subscriptionsKeys,
    List<String> languages, List<EmailMessage> translations) {

  /** Copies the lists. */
  public EmailMessage {
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
    languages = Copies.listOrNull(languages);
    translations = Copies.listOrNull(translations);
  }
}
