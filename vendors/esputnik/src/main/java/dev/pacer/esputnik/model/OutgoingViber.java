package dev.pacer.esputnik.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Viber message to send now ({@code POST /api/v1/message/viber}) to phone numbers or to a
 * segment; eSputnik creates a contact for an unknown number. Build one with {@link #builder}.
 *
 * @param text the text; required
 * @param iosExpiryText what a Viber user on iOS sees when the message arrives after its lifetime;
 *     required (wire name {@code iosExpirityText}, eSputnik's spelling)
 * @param phoneNumbers the recipients; required unless {@code groupId} is set
 * @param groupId a segment to send to; required unless {@code phoneNumbers} is set
 * @param from the sender name; required when the account has more than one
 * @param ttlSeconds the lifetime in seconds (eSputnik's default: one day)
 * @param img an image URL
 * @param caption the button text
 * @param action the link of the image or button
 * @param tags tags for the message
 * @param externalRequestId your ID for the request, the same for every recipient
 * @param trackUrls whether links are tracked (eSputnik's default: true)
 * @param subscriptionsKeys subscription category keys
 */
public record OutgoingViber(String text, @JsonProperty("iosExpirityText") String iosExpiryText,
    List<String> phoneNumbers, Integer groupId, String from, Integer ttlSeconds, String img, String caption,
    String action, List<String> tags, String externalRequestId, Boolean trackUrls, List<String> subscriptionsKeys) {

  /** Checks the required parts and copies the lists. */
  public OutgoingViber {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(iosExpiryText, "iosExpiryText == null");
    if ((phoneNumbers == null || phoneNumbers.isEmpty()) && groupId == null) {
      throw new IllegalArgumentException("a Viber message needs phoneNumbers or a groupId");
    }
    phoneNumbers = Copies.listOrNull(phoneNumbers);
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
  }

  /** A builder for {@code text}, with {@code iosExpiryText} for late deliveries on iOS. */
  public static Builder builder(String text, String iosExpiryText) {
    return new Builder(text, iosExpiryText);
  }

  /** Builds an {@link OutgoingViber}. Not thread-safe; {@link #build()} copies the lists. */
  public static final class Builder {
    private final String text;
    private final String iosExpiryText;
    private final List<String> phoneNumbers = new ArrayList<>();
    private Integer groupId;
    private String from;
    private Integer ttlSeconds;
    private String img;
    private String caption;
    private String action;
    private final List<String> tags = new ArrayList<>();
    private String externalRequestId;
    private Boolean trackUrls;
    private final List<String> subscriptionsKeys = new ArrayList<>();

    private Builder(String text, String iosExpiryText) {
      this.text = Objects.requireNonNull(text, "text == null");
      this.iosExpiryText = Objects.requireNonNull(iosExpiryText, "iosExpiryText == null");
    }

    /** Adds recipients. */
    public Builder to(String... phoneNumbers) {
      for (String p : phoneNumbers) this.phoneNumbers.add(Objects.requireNonNull(p, "phone number == null"));
      return this;
    }

    /** Sends to every contact of segment {@code groupId}. */
    public Builder toSegment(int groupId) { this.groupId = groupId; return this; }

    /** The sender name. */
    public Builder from(String from) { this.from = from; return this; }

    /** The lifetime in seconds. */
    public Builder ttlSeconds(int ttlSeconds) {
      if (ttlSeconds < 1) throw new IllegalArgumentException("ttlSeconds < 1: " + ttlSeconds);
      this.ttlSeconds = ttlSeconds;
      return this;
    }

    /** An image with a button: the image URL, the button text, and the link both open. */
    public Builder imageWithButton(String img, String caption, String action) {
      this.img = img;
      this.caption = caption;
      this.action = action;
      return this;
    }

    /** Adds tags. */
    public Builder tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    /** Your ID for the request. */
    public Builder externalRequestId(String id) { this.externalRequestId = id; return this; }

    /** Whether links are tracked. */
    public Builder trackUrls(boolean trackUrls) { this.trackUrls = trackUrls; return this; }

    /** Adds subscription category keys. */
    public Builder subscriptionsKeys(String... keys) {
      this.subscriptionsKeys.addAll(List.of(keys));
      return this;
    }

    /** The message. */
    public OutgoingViber build() {
      return new OutgoingViber(text, iosExpiryText, phoneNumbers.isEmpty() ? null : List.copyOf(phoneNumbers), groupId,
          from, ttlSeconds, img, caption, action, tags.isEmpty() ? null : List.copyOf(tags), externalRequestId,
          trackUrls, subscriptionsKeys.isEmpty() ? null : List.copyOf(subscriptionsKeys));
    }
  }
}
