package dev.pacer.koreccai.model;


/**
 * A queue's advanced routing settings.
 *
 * @param preferredAgentTimeout how long a conversation waits for a preferred agent
 * @param isSkillMatchEnabled whether routing matches skills
 * @param isAffinityMatchEnabled whether routing prefers the agent the customer had before
 */
public record QueueAdvancedSettings(MinSec preferredAgentTimeout,
    Boolean isSkillMatchEnabled,
    Boolean isAffinityMatchEnabled) {}
