package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;
import java.util.Objects;

/**
 * An SMS to send now ({@code POST /api/v1/message/sms}) to phone numbers or to a segment.
 *
 * @param from one of the account's sender names; required
 * @param text the text; required
 * @param phoneNumbers the recipients; required unless {@code groupId} is set
 * @param tags tags for the message
 * @param groupId a segment to send to; required unless {@code phoneNumbers} is set
 * @param externalRequestId your ID for the request
 * @param subscriptionsKeys subscription category keys
 * @param trackUrls whether links are tracked (eSputnik's default: false)
 */
public record OutgoingSms(String from, String text, List<String> phoneNumbers, List<String> tags, Integer groupId,
    String externalRequestId, List<String> subscriptionsKeys, Boolean trackUrls) {

  /** Checks the required parts and copies the lists. */
  public OutgoingSms {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(text, "text == null");
    if ((phoneNumbers == null || phoneNumbers.isEmpty()) && groupId == null) {
      throw new IllegalArgumentException("an SMS needs phoneNumbers or a groupId");
    }
    phoneNumbers = Copies.listOrNull(phoneNumbers);
    tags = Copies.listOrNull(tags);
    subscriptionsKeys = Copies.listOrNull(subscriptionsKeys);
  }

  /** {@code text} from {@code from} to {@code phoneNumbers}. */
  public static OutgoingSms to(String from, String text, String... phoneNumbers) {
    return new OutgoingSms(from, text, List.of(phoneNumbers), null, null, null, null, null);
  }

  /** {@code text} from {@code from} to every contact in segment {@code groupId}. */
  public static OutgoingSms toSegment(String from, String text, int groupId) {
    return new OutgoingSms(from, text, null, null, groupId, null, null, null);
  }
}
