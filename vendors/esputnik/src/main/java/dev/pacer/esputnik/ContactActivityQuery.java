package dev.pacer.esputnik;

import dev.pacer.esputnik.model.ActivityStatus;
import dev.pacer.esputnik.model.EventTimes;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which contact activities to read ({@code GET /api/v2/contacts/activity}): a period and
 * optional filters; null filters are not sent. Immutable; the {@code with...} methods return
 * copies.
 *
 * <pre>{@code
 * ContactActivityQuery q = ContactActivityQuery.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
 *     .withEmail("ann@example.com").withStatus(ActivityStatus.CLICKED);
 * for (ContactActivity a : client.contactActivity(q)) { ... }
 * }</pre>
 *
 * @param dateFrom the start of the period, {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:mm}; required
 * @param dateTo the end of the period, in the same forms; required
 * @param email only this email address
 * @param sms only this phone number
 * @param webPushToken only this web push token
 * @param mobPushToken only this mobile push token
 * @param messageTag only messages with this tag
 * @param activityStatus only activities of this status
 */
public record ContactActivityQuery(String dateFrom, String dateTo, String email, String sms, String webPushToken,
    String mobPushToken, String messageTag, ActivityStatus activityStatus) {

  /** Checks the period and the status. */
  public ContactActivityQuery {
    Objects.requireNonNull(dateFrom, "dateFrom == null");
    Objects.requireNonNull(dateTo, "dateTo == null");
    if (activityStatus == ActivityStatus.UNKNOWN || activityStatus == ActivityStatus.SUBSCRIPTION_CHANGED) {
      throw new IllegalArgumentException("not a status this method filters by: " + activityStatus);
    }
  }

  /** Every activity from day {@code from} through day {@code to}. */
  public static ContactActivityQuery between(LocalDate from, LocalDate to) {
    return new ContactActivityQuery(EventTimes.date(from), EventTimes.date(to), null, null, null, null, null, null);
  }

  /** This query for the contact with email address {@code email}. */
  public ContactActivityQuery withEmail(String email) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, mobPushToken, messageTag, activityStatus);
  }

  /** This query for the contact with phone number {@code sms}. */
  public ContactActivityQuery withSms(String sms) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, mobPushToken, messageTag, activityStatus);
  }

  /** This query for the contact with web push token {@code token}. */
  public ContactActivityQuery withWebPushToken(String token) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, token, mobPushToken, messageTag, activityStatus);
  }

  /** This query for the contact with mobile push token {@code token}. */
  public ContactActivityQuery withMobPushToken(String token) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, token, messageTag, activityStatus);
  }

  /** This query for messages tagged {@code tag}. */
  public ContactActivityQuery withMessageTag(String tag) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, mobPushToken, tag, activityStatus);
  }

  /** This query for activities of status {@code status}. */
  public ContactActivityQuery withStatus(ActivityStatus status) {
    return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, mobPushToken, messageTag, status);
  }
}
