/**
 * Pacer testkit: a sandbox that serves each vendor's documented rate limits on loopback (through
 * MockWebServer), and a JUnit 5 extension that starts one per test class. Exports only
 * {@code dev.pacer.testkit}; the vendor models in {@code dev.pacer.testkit.internal} are not API.
 */
module dev.pacer.testkit {
  requires transitive dev.pacer.core;
  requires transitive mockwebserver3;
  requires transitive org.junit.jupiter.api;

  exports dev.pacer.testkit;
}
