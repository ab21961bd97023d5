package dev.pacer.koreccai.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live figures of one queue, from "Queue Size".
 *
 * @param queueId the queue ID
 * @param queueName the queue's name
 * @param skills the queue's skills, as sent (their shape is not documented)
 * @param waiting conversations waiting
 * @param engaged conversations with an agent
 * @param dropOff conversations dropped
 * @param agentStatus the queue's agents by status
 * @param noOfAgents how many agents the queue has
 * @param queueSummary the waiting figures
 */
public record QueueStats(String queueId, String queueName, JsonNode skills, Integer waiting, Integer engaged,
    Integer dropOff, AgentStatusCounts agentStatus, Integer noOfAgents, QueueSummary queueSummary) {}
