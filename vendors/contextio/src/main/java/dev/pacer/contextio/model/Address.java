package dev.pacer.contextio.model;

/**
 * A mailbox in a message's address fields.
 *
 * @param email the address, e.g. {@code ann@example.com}
 * @param name the display name, or null
 */
public record Address(String email, String name) {}
