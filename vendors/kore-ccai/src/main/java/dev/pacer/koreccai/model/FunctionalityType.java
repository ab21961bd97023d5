package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of configuration the import and export APIs move ({@code type}). */
public enum FunctionalityType {
  /** Skill groups with their skills ({@code skillGroups}). */
  SKILL_GROUPS,
  /** Queues ({@code queues}). */
  QUEUES,
  /** Standard responses ({@code standardResponses}). */
  STANDARD_RESPONSES,
  /** Waiting experiences ({@code waitingExperience}). */
  WAITING_EXPERIENCE;

  /** The value Kore expects: the constant's name in lower camel case, e.g. {@code skillGroups}. */
  @JsonValue
  public String wire() {
    String[] words = name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return out.toString();
  }

  /** {@link #wire()}, so the type can be a query parameter. */
  @Override
  public String toString() {
    return wire();
  }
}
