package dev.pacer.koreccai.model;

/**
 * The state of one campaign, from "Get Campaign Status".
 *
 * @param id the campaign ID
 * @param status the status, e.g. {@code Active}
 * @param name the campaign's name
 */
public record CampaignStatus(String id, String status, String name) {}
