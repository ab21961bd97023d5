package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of a change Nylas makes at the provider in the background ({@code DELETE /labels/{id}},
 * {@code DELETE /calendars/{id}}): the job to follow with {@code GET /job-statuses/{id}}.
 *
 * @param jobStatusId the job's ID
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobStatusRef(String jobStatusId) {}
