package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A calendar of the account ({@code GET /calendars}, {@code GET /calendars/{id}}, and the answer
 * of {@code POST} and {@code PUT}, which also carries the background job's ID).
 *
 * @param id the calendar's ID
 * @param object always {@code calendar}
 * @param accountId the account the calendar belongs to
 * @param name the calendar's name
 * @param description the calendar's description, or null
 * @param location the calendar's location as free-form text, or null
 * @param timezone the IANA time zone, e.g. {@code America/Chicago} ({@code UTC} when unknown), or null
 * @param readOnly whether the calendar is read-only, or null when not sent
 * @param isPrimary whether this is the account's primary calendar, or null when unknown
 * @param jobStatusId the background job of a create or update, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Calendar(
    String id,
    String object,
    String accountId,
    String name,
    String description,
    String location,
    String timezone,
    Boolean readOnly,
    Boolean isPrimary,
    String jobStatusId) {}
