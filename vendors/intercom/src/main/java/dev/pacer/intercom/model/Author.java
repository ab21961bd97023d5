package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

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
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("email") String email) {}
