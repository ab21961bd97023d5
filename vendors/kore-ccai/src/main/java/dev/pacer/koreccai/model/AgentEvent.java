package dev.pacer.koreccai.model;

import java.time.Instant;

/**
 * An activity event of an agent, from "Agent Status Details API".
 *
 * @param type e.g. {@code entry}
 * @param at when it happened
 * @param ip the IP address it came from
 */
public record AgentEvent(String type, Instant at, String ip) {}
