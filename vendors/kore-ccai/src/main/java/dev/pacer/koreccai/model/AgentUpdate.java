package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * One agent status change of the WFM Agent Activity API. Kore's sample writes the keys in
 * PascalCase and its table in camelCase; both are read.
 *
 * @param agentId the agent's ID
 * @param eventTime when it happened, as Kore writes it ({@code MM/DD/YYYY H:MM:SS}, UTC)
 * @param activity the new activity, e.g. {@code Available}
 * @param reasonCode the reason code, if any
 */
public record AgentUpdate(@JsonAlias("AgentId") String agentId, @JsonAlias("EventTime") String eventTime,
    @JsonAlias("Activity") String activity, @JsonAlias("ReasonCode") String reasonCode) {}
