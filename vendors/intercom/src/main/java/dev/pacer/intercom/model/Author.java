package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Who wrote a message or a conversation part.
 *
 * @param type {@code admin}, {@code user}, {@code lead}, {@code bot} or {@code team}
 * @param id the author's id
 * @param name the author's name, or null
 * @param email the author's email address, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Author(
    String type,
    String id,
    String name,
    String email) {}
