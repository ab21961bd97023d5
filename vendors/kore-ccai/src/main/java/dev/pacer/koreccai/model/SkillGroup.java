package dev.pacer.koreccai.model;

/**
 * A skill group.
 *
 * @param id the skill group ID
 * @param name the name
 * @param description the description
 * @param color the colour, e.g. {@code #f0f0f0}
 */
public record SkillGroup(String id, String name, String description, String color) {}
