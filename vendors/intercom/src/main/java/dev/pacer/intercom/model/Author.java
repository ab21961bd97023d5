package dev.pacer.intercom.model;


/**
 * Who wrote a message or a conversation part.
 *
 * @param type {@code admin}, {@code user}, {@code lead}, {@code bot} or {@code team}
 * @param id the author's id
 * @param name the author's name, or null
 * @param email the author's email address, or null
 */
public record Author(String type, String id, String name, String email) {}
