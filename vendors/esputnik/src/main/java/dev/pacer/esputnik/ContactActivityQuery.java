package dev.pacer.esputnik;

import dev.pacer.esputnik.model.ActivityStatus;
import dev.pacer.esputnik.model.EventTimes;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which contact activities to read ({@code GET /api/v2/contacts/activity}): a period and
 * optional filters; null filters are not sent. Immutable; build one with {@link #builder}.
 *
 * <pre>{@code
 * ContactActivityQuery q = ContactActivityQuery.builder(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))
 *     .email("ann@example.com").status(ActivityStatus.CLICKED).build();
 * for (ContactActivity a : client.contactActivity(q, 1000)) { ... }
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

  /** Every activity from day {@code from} through day {@code to}, unfiltered. */
  public static ContactActivityQuery between(LocalDate from, LocalDate to) {
    return builder(from, to).build();
  }

  /** A builder for the activities from day {@code from} through day {@code to}. */
  public static Builder builder(LocalDate from, LocalDate to) {
    return new Builder(EventTimes.date(from), EventTimes.date(to));
  }

  /** Builds a {@link ContactActivityQuery}; every filter is optional. Not thread-safe. */
  public static final class Builder {
    private final String dateFrom;
    private final String dateTo;
    private String email;
    private String sms;
    private String webPushToken;
    private String mobPushToken;
    private String messageTag;
    private ActivityStatus activityStatus;

    private Builder(String dateFrom, String dateTo) {
      this.dateFrom = dateFrom;
      this.dateTo = dateTo;
    }

    /** Only the contact with this email address. */
    public Builder email(String email) { this.email = email; return this; }

    /** Only the contact with this phone number. */
    public Builder sms(String sms) { this.sms = sms; return this; }

    /** Only the contact with this web push token. */
    public Builder webPushToken(String token) { this.webPushToken = token; return this; }

    /** Only the contact with this mobile push token. */
    public Builder mobPushToken(String token) { this.mobPushToken = token; return this; }

    /** Only messages with this tag. */
    public Builder messageTag(String tag) { this.messageTag = tag; return this; }

    /** Only activities of this status. */
    public Builder status(ActivityStatus status) { this.activityStatus = status; return this; }

    /** The query. */
    public ContactActivityQuery build() {
      return new ContactActivityQuery(dateFrom, dateTo, email, sms, webPushToken, mobPushToken, messageTag,
          activityStatus);
    }
  }
}
