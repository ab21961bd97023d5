package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer of a collection asked for {@code view=count}.
 *
 * @param count how many objects match the filter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Count(long count) {}
