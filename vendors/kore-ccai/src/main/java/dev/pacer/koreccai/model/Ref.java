package dev.pacer.koreccai.model;

/**
 * A reference to another object by ID, with its name when Kore sends one (a queue's hours of
 * operation or agent groups).
 *
 * @param id the referenced object's ID
 * @param name its name, or null
 */
public record Ref(String id, String name) {
  /** A reference by ID alone. */
  public static Ref of(String id) {
    return new Ref(id, null);
  }
}
