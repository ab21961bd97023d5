package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of configuration the import and export APIs move ({@code type}). */
public enum FunctionalityType {
  /** Skill groups with their skills. */
  SKILL_GROUPS("skillGroups"),
  /** Queues. */
  QUEUES("queues"),
  /** Standard responses. */
  STANDARD_RESPONSES("standardResponses"),
  /** Waiting experiences. */
  WAITING_EXPERIENCE("waitingExperience");

  private final String wire;

  FunctionalityType(String wire) {
    this.wire = wire;
  }

  /** The value Kore expects, e.g. {@code skillGroups}. */
  @JsonValue
  public String wire() {
    return wire;
  }

  @Override
  public String toString() {
    return wire;
  }
}
