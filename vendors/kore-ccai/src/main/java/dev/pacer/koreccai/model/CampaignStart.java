package dev.pacer.koreccai.model;

import java.time.Instant;

/**
 * The answer of starting or stopping a campaign ("Start/Stop Voice Campaign", "Start/Stop SMS
 * Campaign").
 *
 * @param status the campaign's status after the call, e.g. {@code Active}
 * @param message Kore's message, e.g. {@code Campaign Started}
 * @param totalCallsCompleted calls completed so far
 * @param updatedAt when the campaign was updated
 * @param campaignInstanceId the ID of this run of the campaign
 * @param campaignExecutionType e.g. {@code NORMAL} (stopping an SMS campaign)
 */
public record CampaignStart(String status, String message, Integer totalCallsCompleted, Instant updatedAt,
    String campaignInstanceId, String campaignExecutionType) {}
