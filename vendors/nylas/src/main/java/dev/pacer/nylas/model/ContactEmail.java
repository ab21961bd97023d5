package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact's email address.
 *
 * @param type {@code work} or {@code personal}, may be null
 * @param email the address
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactEmail(String type, String email) {}
