package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One status measured in a time bucket of "Historical Agent Status Summary".
 *
 * @param metric {@code AgentStatus} (self-reported) or {@code AgentState} (ACD state)
 * @param value e.g. {@code Available} or {@code AVAILABLE:Interacting}
 * @param stats the statistics, as sent (the sample shows {@code {"sum": "919 sec"}})
 */
public record StatusMetric(String metric, String value, JsonNode stats) {}
