package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact's email address.
 *
 * @param type {@code work} or {@code personal}, may be null
 * @param email the address
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactEmail(@JsonProperty("type") String type, @JsonProperty("email") String email) {}
