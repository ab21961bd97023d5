package dev.pacer.archfixture;

import dev.pacer.internal.Engine;

/**
 * A deliberate violation of the module boundary, kept in test sources only so that {@code
 * ArchitectureTest} can show its rules fail on it: a public type outside {@code internal} whose
 * public method returns an internal type.
 */
public final class LeakyApi {
  private final Engine engine;

  public LeakyApi(Engine engine) {
    this.engine = engine;
  }

  /** Hands an internal type to anyone. */
  public Engine engine() {
    return engine;
  }
}
