package dev.pacer.vendor.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures kept as files beside the test classes. */
public final class TestFiles {
  private TestFiles() {}

  /** The UTF-8 text of the resource {@code name} in {@code anchor}'s package; a missing one fails the test. */
  public static String read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + name + " beside " + anchor.getName());
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
