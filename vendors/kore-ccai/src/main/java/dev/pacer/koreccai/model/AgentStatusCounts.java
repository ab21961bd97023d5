package dev.pacer.koreccai.model;

/**
 * How many of a queue's agents are in each status, from "Queue Size".
 *
 * @param available agents available
 * @param offline agents offline
 * @param busy agents busy
 * @param away agents away
 */
public record AgentStatusCounts(Integer available, Integer offline, Integer busy, Integer away) {}
