package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The plan a company is on; Intercom sends {@code {}} when it has none, so every part may be null.
 *
 * @param type the object type, {@code plan}
 * @param id the plan's id
 * @param name the plan's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Plan(@JsonProperty("type") String type, @JsonProperty("id") String id, @JsonProperty("name") String name) {}
