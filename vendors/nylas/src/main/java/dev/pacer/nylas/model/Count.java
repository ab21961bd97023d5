package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of a collection asked for {@code view=count}.
 *
 * @param count how many objects match the filter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Count(@JsonProperty("count") long count) {}
