package dev.pacer.samples.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a terminal that can redraw lines. */
final class Terminal {
  private Terminal() {}

  /**
   * True when this process talks to an interactive terminal: a console exists (and, on Java 22
   * and later, says it is a terminal) and {@code TERM} is not {@code dumb}.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM"))) return false;
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22, a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
