package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * An agent as the WFM Agents API lists it.
 *
 * @param accountId the account ID
 * @param agentId the agent's ID
 * @param firstName the first name
 * @param lastName the last name
 */
public record WfmAgent(@JsonAlias("AccountId") String accountId, @JsonAlias("AgentId") String agentId,
    @JsonAlias("FirstName") String firstName, @JsonAlias("LastName") String lastName) {}
