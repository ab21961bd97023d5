package dev.pacer.esputnik.model;

/**
 * A subscription category: of the organisation ({@code GET /api/v1/subscriptions}, which also
 * fills the count and dates) or one a contact is subscribed to ({@code GET
 * /api/v1/contact/{id}/subscriptions}, which leaves them null).
 *
 * @param id the category ID
 * @param key the organisation's unique key for the category
 * @param groupId the segment (group) ID tied to the category
 * @param name the category's name
 * @param contactsCount how many contacts are subscribed; organisation list only
 * @param createdDate when the category was created (ISO-8601 date-time text); organisation list only
 * @param updatedDate when it was last changed (ISO-8601 date-time text); organisation list only
 */
public record SubscriptionCategory(Integer id, String key, Long groupId, String name, Integer contactsCount,
    String createdDate, String updatedDate) {}
