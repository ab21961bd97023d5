package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import dev.pacer.vendor.support.Page;
import java.util.List;

/**
 * One page (or the whole) of an Intercom list: contacts, conversations, companies, notes, tags,
 * teams, segments, subscription types, tickets,
 * admins, articles, data attributes, data events. Intercom names the items {@code data} on most
 * lists and {@code conversations}, {@code admins}, {@code events}, {@code companies}, {@code teams},
 * {@code segments} or {@code tickets} on a few; all read into
 * {@link #data()}. Cursor-paged lists ({@code /contacts}, {@code /conversations}, searches) carry
 * the next cursor in {@link #pages()}; {@code /companies/scroll} in {@link #scrollParam()}.
 * Immutable.
 *
 * @param type the object type, {@code list} (or {@code admin.list}, {@code event.list})
 * @param data the items of this page, in order; empty when absent
 * @param totalCount how many items match in all, or null when the list does not say
 * @param pages paging facts and the cursor of the next page, or null
 * @param scrollParam the parameter that fetches the next batch of a company scroll, or null
 * @param <T> the item type
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IntercomList<T>(
    String type,
    @JsonAlias({"conversations", "admins", "events", "companies", "teams", "segments", "tickets"}) List<T> data,
    Integer totalCount,
    Pages pages,
    String scrollParam) {
  public IntercomList {
    data = Copies.listOrEmpty(data);
  }

  /** The {@code starting_after} cursor of the next page, or null on the last page. */
  public String nextStartingAfter() {
    return pages == null ? null : pages.nextStartingAfter();
  }

  /** This list as support's {@link Page}: its items, next cursor and total. */
  public Page<T> toPage() {
    return new Page<>(data, nextStartingAfter(), totalCount == null ? null : totalCount.longValue());
  }

  @Override
  public String toString() {
    return "IntercomList{type=" + type + ", items=" + data.size() + ", totalCount=" + totalCount + "}";
  }
}
