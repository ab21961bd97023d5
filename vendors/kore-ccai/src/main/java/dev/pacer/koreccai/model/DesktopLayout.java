package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An agent desktop layout assigned to an agent.
 *
 * @param id the layout ID ({@code ly-...})
 * @param isDefault whether it is the agent's default layout
 * @param name the layout's name
 */
public record DesktopLayout(String id, @JsonProperty("isDefault") Boolean isDefault, String name) {}
