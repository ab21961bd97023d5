package dev.pacer.esputnik.model;

import java.util.Objects;

/**
 * One media channel of a contact: an email address, a phone number, a push token.
 *
 * @param type the channel type
 * @param value the email address, phone number or token
 * @param device the device, for {@code mobilepush} channels; else null
 * @param webPushSubscription the subscription, for {@code webpush} channels; else null
 */
public record Channel(ChannelType type, String value, Device device, WebPushSubscription webPushSubscription) {

  /** An email channel. */
  public static Channel email(String address) {
    return new Channel(ChannelType.EMAIL, Objects.requireNonNull(address, "address == null"), null, null);
  }

  /** An SMS channel. */
  public static Channel sms(String phone) {
    return new Channel(ChannelType.SMS, Objects.requireNonNull(phone, "phone == null"), null, null);
  }

  /** A mobile push channel for {@code token} on {@code device}. */
  public static Channel mobilePush(String token, Device device) {
    return new Channel(ChannelType.MOBILEPUSH, Objects.requireNonNull(token, "token == null"), device, null);
  }
}
