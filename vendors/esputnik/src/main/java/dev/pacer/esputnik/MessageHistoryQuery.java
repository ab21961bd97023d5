package dev.pacer.esputnik;

import dev.pacer.esputnik.model.ChannelType;
import dev.pacer.esputnik.model.EventTimes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whose message history to read ({@code GET /api/v2/contacts/messages}) and over which period:
 * exactly one contact identifier, a period, and optionally the channels. Immutable.
 *
 * @param dateFrom the first day or minute, {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}; required
 * @param dateTo the last day or minute, in the same forms; required
 * @param contactId the contact's eSputnik ID
 * @param externalCustomerId the contact's ID in your system
 * @param email the contact's email address
 * @param phone the contact's phone number
 * @param channelTypes a comma-separated list of channels to include, or null for all
 */
public record MessageHistoryQuery(String dateFrom, String dateTo, Long contactId, String externalCustomerId,
    String email, String phone, String channelTypes) {

  /** Checks the period and that exactly one contact identifier is given. */
  public MessageHistoryQuery {
    Objects.requireNonNull(dateFrom, "dateFrom == null");
    Objects.requireNonNull(dateTo, "dateTo == null");
    int ids = (contactId != null ? 1 : 0) + (externalCustomerId != null ? 1 : 0) + (email != null ? 1 : 0)
        + (phone != null ? 1 : 0);
    if (ids != 1) {
      throw new IllegalArgumentException("exactly one of contactId, externalCustomerId, email, phone is required, got " + ids);
    }
  }

  /** The history of contact {@code contactId} from {@code from} through {@code to}. */
  public static MessageHistoryQuery forContact(long contactId, LocalDate from, LocalDate to) {
    return new MessageHistoryQuery(EventTimes.date(from), EventTimes.date(to), contactId, null, null, null, null);
  }

  /** The history of the contact with this email address. */
  public static MessageHistoryQuery forEmail(String email, LocalDate from, LocalDate to) {
    return new MessageHistoryQuery(EventTimes.date(from), EventTimes.date(to), null, null,
        Objects.requireNonNull(email, "email == null"), null, null);
  }

  /** The history of the contact with this phone number. */
  public static MessageHistoryQuery forPhone(String phone, LocalDate from, LocalDate to) {
    return new MessageHistoryQuery(EventTimes.date(from), EventTimes.date(to), null, null, null,
        Objects.requireNonNull(phone, "phone == null"), null);
  }

  /** The history of the contact with this ID in your system. */
  public static MessageHistoryQuery forExternalCustomerId(String id, LocalDate from, LocalDate to) {
    return new MessageHistoryQuery(EventTimes.date(from), EventTimes.date(to), null,
        Objects.requireNonNull(id, "id == null"), null, null, null);
  }

  /** This query restricted to {@code channels}. */
  public MessageHistoryQuery channels(ChannelType... channels) {
    if (channels.length == 0) throw new IllegalArgumentException("no channels");
    for (ChannelType c : channels) {
      if (c == null || c == ChannelType.UNKNOWN) throw new IllegalArgumentException("not a channel to ask for: " + c);
    }
    String list = Arrays.stream(channels).map(ChannelType::wireName).collect(Collectors.joining(","));
    return new MessageHistoryQuery(dateFrom, dateTo, contactId, externalCustomerId, email, phone, list);
  }
}
