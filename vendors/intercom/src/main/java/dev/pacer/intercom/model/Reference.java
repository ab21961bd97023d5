package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A pointer to another object: its type ({@code admin}, {@code team}, {@code contact} ...) and id.
 *
 * @param type the referenced object's type
 * @param id the referenced object's id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reference(String type, String id) {}
