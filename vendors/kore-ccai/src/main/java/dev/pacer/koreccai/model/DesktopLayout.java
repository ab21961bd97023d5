package dev.pacer.koreccai.model;


/**
 * An agent desktop layout assigned to an agent.
 *
 * @param id the layout ID ({@code ly-...})
 * @param isDefault whether it is the agent's default layout
 * @param name the layout's name
 */
public record DesktopLayout(String id, Boolean isDefault, String name) {}
