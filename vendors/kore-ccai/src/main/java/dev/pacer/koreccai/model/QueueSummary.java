package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue's waiting figures, from "Queue Size" (Kore does not state the unit).
 *
 * @param avgWait the average wait
 * @param maxWait the longest wait
 * @param asa the average speed to answer ({@code ASA})
 */
public record QueueSummary(Long avgWait, Long maxWait, @JsonProperty("ASA") Long asa) {}
