package dev.pacer.esputnik.model;

/**
 * The account behind the API key.
 *
 * @param userEmail the user's email address
 * @param organisationName the organisation's name
 */
public record AccountInfo(String userEmail, String organisationName) {}
