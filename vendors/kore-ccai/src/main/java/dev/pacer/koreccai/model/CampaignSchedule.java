package dev.pacer.koreccai.model;

/**
 * A campaign's scheduling flags.
 *
 * @param isSchedulingEnabled whether the campaign waits for a schedule (false: it runs when started)
 * @param isRecurrenceEnabled whether it recurs, as Kore answers it
 */
public record CampaignSchedule(Boolean isSchedulingEnabled, Boolean isRecurrenceEnabled) {}
