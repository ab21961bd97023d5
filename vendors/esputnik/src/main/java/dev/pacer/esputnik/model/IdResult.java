package dev.pacer.esputnik.model;

/**
 * The ID of a contact that was found, created or updated.
 *
 * @param id the contact ID
 */
public record IdResult(Long id) {}
