package dev.pacer.esputnik.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A contact's media channel, as eSputnik names it on the wire ({@code email}, {@code sms}, ...). */
public enum ChannelType {
  /** An email address. */
  @JsonProperty("email") EMAIL,
  /** A phone number for SMS. */
  @JsonProperty("sms") SMS,
  /** A phone number for Viber. */
  @JsonProperty("viber") VIBER,
  /** A mobile push token; see {@link Device}. */
  @JsonProperty("mobilepush") MOBILEPUSH,
  /** A web push subscription; see {@link WebPushSubscription}. */
  @JsonProperty("webpush") WEBPUSH,
  /** The in-app inbox. */
  @JsonProperty("appinbox") APPINBOX,
  /** The site widget. */
  @JsonProperty("widget") WIDGET,
  /** In-app messages. */
  @JsonProperty("inapp") INAPP,
  /** A Telegram bot chat (message history only). */
  @JsonProperty("telegrambot") TELEGRAMBOT,
  /** A channel this version of the client does not know; never sent. */
  @JsonEnumDefaultValue UNKNOWN;

  /** The wire name, e.g. {@code mobilepush}; used in comma-separated query lists. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
