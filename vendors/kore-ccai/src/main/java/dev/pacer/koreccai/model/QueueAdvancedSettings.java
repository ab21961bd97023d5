package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A queue's advanced routing settings.
 *
 * @param preferredAgentTimeout how long a conversation waits for a preferred agent
 * @param isSkillMatchEnabled whether routing matches skills
 * @param isAffinityMatchEnabled whether routing prefers the agent the customer had before
 */
public record QueueAdvancedSettings(MinSec preferredAgentTimeout,
    @JsonProperty("isSkillMatchEnabled") Boolean isSkillMatchEnabled,
    @JsonProperty("isAffinityMatchEnabled") Boolean isAffinityMatchEnabled) {}
