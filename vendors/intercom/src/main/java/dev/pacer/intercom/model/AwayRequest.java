package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code PUT /admins/{id}/away}.
 *
 * @param awayModeEnabled true to set the admin away
 * @param awayModeReassign true to reassign new replies to the default inbox while away
 */
public record AwayRequest(
    @JsonProperty("away_mode_enabled") boolean awayModeEnabled,
    @JsonProperty("away_mode_reassign") boolean awayModeReassign) {}
