package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of "Get All Conversations Data – Call Details v2" (interaction details and call
 * details): a window of at most seven days, its time zone, and optional filters. Null
 * components are left out.
 *
 * @param startDate the first day or instant, {@code yyyy-mm-dd} or {@code yyyy-mm-dd HH:mm:ss}
 * @param endDate the last day or instant, in the same form; at most seven days after {@code startDate}
 * @param timeZoneOffset the offset in minutes, with Kore's sign: negative east of GMT ({@code -330}
 *     for India), positive west ({@code 300} for New York)
 * @param selectedFields extra parts to include: {@code skills}, {@code customerinfo}, {@code
 *     userleveltags}, {@code sessionleveltags}, {@code campaigninfo}, {@code snoozeinfo}
 * @param channels channels to include, e.g. {@code rtm}, {@code voice}; null for all
 * @param direction {@code Inbound}, {@code Outbound} or {@code Both}; null for all
 * @param queues queue IDs to include; null for all
 */
public record InteractionQuery(String startDate, String endDate, int timeZoneOffset, List<String> selectedFields,
    List<String> channels, String direction, List<String> queues) {

  /** Checks the required fields and copies the lists. */
  public InteractionQuery {
    Objects.requireNonNull(startDate, "startDate == null");
    Objects.requireNonNull(endDate, "endDate == null");
    selectedFields = Copies.listOrNull(selectedFields);
    channels = Copies.listOrNull(channels);
    queues = Copies.listOrNull(queues);
  }

  /** A builder for the window {@code startDate}..{@code endDate} in time zone {@code timeZoneOffset}. */
  public static Builder builder(String startDate, String endDate, int timeZoneOffset) {
    return new Builder(startDate, endDate, timeZoneOffset);
  }

  /** Builds an {@link InteractionQuery}. Not thread-safe; {@link #build()} copies the lists. */
  public static final class Builder {
    private final String startDate;
    private final String endDate;
    private final int timeZoneOffset;
    private final List<String> selectedFields = new ArrayList<>();
    private final List<String> channels = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();
    private String direction;

    private Builder(String startDate, String endDate, int timeZoneOffset) {
      this.startDate = startDate;
      this.endDate = endDate;
      this.timeZoneOffset = timeZoneOffset;
    }

    /** Adds extra parts to include, e.g. {@code customerinfo}. */
    public Builder selectedFields(String... fields) {
      selectedFields.addAll(List.of(fields));
      return this;
    }

    /** Adds channels to include. */
    public Builder channels(String... values) {
      channels.addAll(List.of(values));
      return this;
    }

    /** Adds queue IDs to include. */
    public Builder queues(String... ids) {
      queues.addAll(List.of(ids));
      return this;
    }

    /** {@code Inbound}, {@code Outbound} or {@code Both}. */
    public Builder direction(String direction) { this.direction = direction; return this; }

    /** The query. */
    public InteractionQuery build() {
      return new InteractionQuery(startDate, endDate, timeZoneOffset,
          selectedFields.isEmpty() ? null : selectedFields, channels.isEmpty() ? null : channels, direction,
          queues.isEmpty() ? null : queues);
    }
  }
}
