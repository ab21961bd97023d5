package dev.pacer.esputnik.model;

import dev.pacer.vendor.support.Copies;
import java.util.Arrays;
import java.util.List;

/**
 * The body of {@code POST /api/v1/group/{id}/contacts/attach} and {@code .../detach}: which
 * contacts to add to or remove from a static segment, by eSputnik contact ID or by your ID, at
 * most 500 of each per request. A detach with neither list removes <em>every</em> contact from
 * the segment (eSputnik's rule); {@link #none()} says so on purpose.
 *
 * @param contactIds eSputnik contact IDs, at most 500; null to leave out
 * @param externalCustomerIds your contact IDs, at most 500; null to leave out
 */
public record GroupMembers(List<Long> contactIds, List<String> externalCustomerIds) {
  /** The most IDs of one kind a request may carry. */
  public static final int MAX_IDS = 500;

  /** Checks the sizes and copies the lists. */
  public GroupMembers {
    contactIds = Copies.listOrNull(contactIds);
    externalCustomerIds = Copies.listOrNull(externalCustomerIds);
    if (contactIds != null && contactIds.size() > MAX_IDS) {
      throw new IllegalArgumentException("more than 500 contactIds: " + contactIds.size());
    }
    if (externalCustomerIds != null && externalCustomerIds.size() > MAX_IDS) {
      throw new IllegalArgumentException("more than 500 externalCustomerIds: " + externalCustomerIds.size());
    }
  }

  /** The contacts with these eSputnik IDs. */
  public static GroupMembers contacts(Long... contactIds) {
    if (contactIds.length == 0) throw new IllegalArgumentException("no contactIds");
    return new GroupMembers(Arrays.asList(contactIds), null);
  }

  /** The contacts with these IDs in your system. */
  public static GroupMembers externalCustomers(String... externalCustomerIds) {
    if (externalCustomerIds.length == 0) throw new IllegalArgumentException("no externalCustomerIds");
    return new GroupMembers(null, Arrays.asList(externalCustomerIds));
  }

  /** No IDs: sent to {@code detach}, it empties the whole segment. */
  public static GroupMembers none() {
    return new GroupMembers(null, null);
  }
}
