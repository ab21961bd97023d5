package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Create an Agent Group": a name and a description, each at most 50 characters.
 *
 * @param name the name
 * @param description the description
 */
public record AgentGroupInput(String name, String description) {
  /** Checks both are present and at most 50 characters. */
  public AgentGroupInput {
    check("name", name);
    check("description", description);
  }

  private static void check(String what, String value) {
    Objects.requireNonNull(value, what + " == null");
    if (value.isBlank()) throw new IllegalArgumentException(what + " is blank");
    if (value.length() > 50) throw new IllegalArgumentException(what + " longer than 50 characters: " + value.length());
  }
}
