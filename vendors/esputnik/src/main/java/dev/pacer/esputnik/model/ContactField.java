package dev.pacer.esputnik.model;

/**
 * The value of one additional contact field.
 *
 * @param id the field's ID (see the account's address books)
 * @param value the value, as text
 */
public record ContactField(Integer id, String value) {}
