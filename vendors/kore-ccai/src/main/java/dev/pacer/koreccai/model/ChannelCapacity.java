package dev.pacer.koreccai.model;

/**
 * An agent's capacity on one channel, from "Check Agent Availability Status".
 *
 * @param isEnabled whether the channel is enabled for the agent
 * @param totalCapacity the interactions the agent may handle at once
 * @param usedCapacity the interactions the agent handles now
 * @param availableCapacity the interactions the agent can still take
 */
public record ChannelCapacity(Boolean isEnabled, Integer totalCapacity, Integer usedCapacity,
    Integer availableCapacity) {}
