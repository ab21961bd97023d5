package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Create a Skill Group".
 *
 * @param name the name, required
 * @param description the description, at most 200 characters, or null
 * @param color the colour, e.g. {@code #0f0f0f}, at most 200 characters, or null
 */
public record SkillGroupInput(String name, String description, String color) {
  /** Requires a non-blank name. */
  public SkillGroupInput {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) throw new IllegalArgumentException("name is blank");
    if (description != null && description.length() > 200) {
      throw new IllegalArgumentException("description longer than 200 characters: " + description.length());
    }
    if (color != null && color.length() > 200) {
      throw new IllegalArgumentException("color longer than 200 characters: " + color.length());
    }
  }
}
