package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code PUT /admins/{id}/away}.
 *
 * @param awayModeEnabled true to set the admin away
 * @param awayModeReassign true to reassign new replies to the default inbox while away
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AwayRequest(boolean awayModeEnabled, boolean awayModeReassign) {}
