package dev.pacer.esputnik.model;

/**
 * Which contact a deduplication value of an import resolved to.
 *
 * @param dedupeValue the value of the field that identifies the contact
 * @param contactId the contact created or updated
 */
public record DedupeMapping(String dedupeValue, Long contactId) {}
