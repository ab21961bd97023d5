package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The hours of operation of a queue.
 *
 * @param id the schedule's ID
 * @param name its name
 * @param standardDays the weekly working hours
 * @param specialDays the yearly special days (holidays), as sent ({@code {frequency: "YEARLY", days: [...]}})
 * @param status the status
 * @param isDefault whether it is the default schedule
 * @param orgId the organization ID
 * @param createdBy who created it
 * @param timezone the IANA time zone the hours are in, e.g. {@code America/New_York}
 * @param isHoursOfOperationValid whether the schedule is valid
 */
public record HoursOfOperation(String id, String name, WeeklyHours standardDays, JsonNode specialDays, String status,
    Boolean isDefault, String orgId, String createdBy, String timezone,
    Boolean isHoursOfOperationValid) {}
