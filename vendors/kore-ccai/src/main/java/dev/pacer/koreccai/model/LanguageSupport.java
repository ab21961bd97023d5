package dev.pacer.koreccai.model;


/**
 * A language an agent handles on chat or voice.
 *
 * @param language the language code, e.g. {@code en}
 * @param proficiency the proficiency, e.g. {@code expert}
 * @param isActive whether the language is active for the agent
 */
public record LanguageSupport(String language, String proficiency, Boolean isActive) {
  /** An active language at {@code proficiency}. */
  public static LanguageSupport of(String language, String proficiency) {
    return new LanguageSupport(language, proficiency, true);
  }
}
