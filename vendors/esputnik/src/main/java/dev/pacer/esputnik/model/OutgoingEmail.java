package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An email to send now ({@code POST /api/v1/message/email}); unknown recipients become contacts.
 *
 * @param from one of the account's sender addresses, e.g. {@code "Shop" <info@shop.com>}; required
 * @param subject the subject; required
 * @param htmlText the HTML; required
 * @param plainText a plain-text version
 * @param ampHtmlText an AMP version
 * @param emails the recipients; required
 * @param tags tags for the message
 * @param externalRequestId your ID for the request, the same for all recipients
 * @param skipPersonalisation whether personalisation is skipped
 * @param subscriptionsKeys subscription category keys
 * @param trackUrls whether links are tracked (eSputnik's default: true)
 */
public record OutgoingEmail(String from, String subject, String htmlText, String plainText, String ampHtmlText,
    List<String> emails, List<String> tags, String externalRequestId, Boolean skipPersonalisation,
    List<String> subscriptionsKeys, Boolean trackUrls) {

  /** Checks the required parts and copies the lists. */
  public OutgoingEmail {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(htmlText, "htmlText == null");
    Objects.requireNonNull(emails, "emails == null");
    if (emails.isEmpty()) throw new IllegalArgumentException("emails is empty");
    emails = Copies.listOrNull(emails);
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
  }

  /** A builder with the required parts. */
  public static Builder builder(String from, String subject, String htmlText) {
    return new Builder(from, subject, htmlText);
  }

  /** Builds an {@link OutgoingEmail}. Not thread-safe. */
  public static final class Builder {
    private final String from;
    private final String subject;
    private final String htmlText;
    private String plainText;
    private String ampHtmlText;
    private final List<String> emails = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String externalRequestId;
    private Boolean skipPersonalisation;
    private final List<String> subscriptionsKeys = new ArrayList<>();
    private Boolean trackUrls;

    private Builder(String from, String subject, String htmlText) {
      this.from = from;
      this.subject = subject;
      this.htmlText = htmlText;
    }

    /** Adds recipients. */
    public Builder to(String... addresses) {
      emails.addAll(List.of(addresses));
      return this;
    }

    /** A plain-text version. */
    public Builder plainText(String plainText) { this.plainText = plainText; return this; }

    /** An AMP version. */
    public Builder ampHtmlText(String ampHtmlText) { this.ampHtmlText = ampHtmlText; return this; }

    /** Adds tags. */
    public Builder tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    /** Your ID for this request. */
    public Builder externalRequestId(String id) { this.externalRequestId = id; return this; }

    /** Whether personalisation is skipped. */
    public Builder skipPersonalisation(boolean skip) { this.skipPersonalisation = skip; return this; }

    /** Adds subscription category keys. */
    public Builder subscriptionsKeys(String... keys) {
      subscriptionsKeys.addAll(List.of(keys));
      return this;
    }

    /** Whether links are tracked. */
    public Builder trackUrls(boolean track) { this.trackUrls = track; return this; }

    /** The email. */
    public OutgoingEmail build() {
      return new OutgoingEmail(from, subject, htmlText, plainText, ampHtmlText, emails,
          tags.isEmpty() ? null : tags, externalRequestId, skipPersonalisation,
          subscriptionsKeys.isEmpty() ? null : subscriptionsKeys, trackUrls);
    }
  }
}
