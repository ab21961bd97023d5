package dev.pacer.koreccai.model;

/**
 * The body of "Get All Contact Details - Voice Campaigns": which page of contacts.
 *
 * @param page the 1-based page, or null for the first
 * @param limit contacts per page, 1 to 100, or null for Kore's default
 */
public record CampaignContactsQuery(Integer page, Integer limit) {
  /** Checks the ranges Kore documents. */
  public CampaignContactsQuery {
    if (page != null && page < 1) throw new IllegalArgumentException("page < 1: " + page);
    if (limit != null && (limit < 1 || limit > 100)) throw new IllegalArgumentException("limit not in 1..100: " + limit);
  }
}
