package dev.pacer.koreccai.model;

import dev.pacer.vendor.support.Copies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of "Get All Campaigns" (v2). Null components are left out.
 *
 * @param type voice or SMS campaigns, required
 * @param page the 1-based page
 * @param limit the page size
 * @param skip campaigns to skip
 * @param startDate the earliest creation date, ISO-8601
 * @param endDate the latest creation date, ISO-8601
 * @param sortBy field ({@code name}, {@code createdAt}, {@code updatedAt}) to direction ({@code asc}, {@code desc})
 * @param filters the filters
 */
public record CampaignQuery(CampaignType type, Integer page, Integer limit, Integer skip, String startDate,
    String endDate, Map<String, String> sortBy, Filters filters) {

  /** Requires a type and copies the map. */
  public CampaignQuery {
    Objects.requireNonNull(type, "type == null");
    sortBy = sortBy == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sortBy));
  }

  /** Every campaign of {@code type}, {@code limit} a page, from page 1. */
  public static CampaignQuery of(CampaignType type, int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
    return new CampaignQuery(type, 1, limit, null, null, null, null, null);
  }

  /** This query for the 1-based page {@code page}. */
  public CampaignQuery page(int page) {
    if (page < 1) throw new IllegalArgumentException("page < 1: " + page);
    return new CampaignQuery(type, page, limit, skip, startDate, endDate, sortBy, filters);
  }

  /** This query with {@code filters}. */
  public CampaignQuery filters(Filters filters) {
    return new CampaignQuery(type, page, limit, skip, startDate, endDate, sortBy, filters);
  }

  /**
   * Campaign filters; null lists are left out.
   *
   * @param status statuses: {@code Active}, {@code Completed}, {@code Ready}, {@code Paused}, {@code
   *     Preparing}, {@code Stopped}, {@code Scheduled}, {@code Rescheduled}
   * @param priority priorities, 1 to 5
   * @param dialingMode dialing modes: {@code Progressive}, {@code Preview}
   */
  public record Filters(List<String> status, List<Integer> priority, List<String> dialingMode) {
    /** Copies the lists. */
    public Filters {
      status = Copies.listOrNull(status);
      priority = Copies.listOrNull(priority);
      dialingMode = Copies.listOrNull(dialingMode);
    }
  }
}
