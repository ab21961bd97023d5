package dev.pacer.esputnik.model;

/**
 * A contact's email address.
 *
 * @param contactId the contact ID
 * @param email the email address
 */
public record ContactEmail(Long contactId, String email) {}
