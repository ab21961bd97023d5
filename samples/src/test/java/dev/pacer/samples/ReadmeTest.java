package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every Java block in it appears, line for line (indentation aside), in
 * a source file that the build compiles, and its shell commands are the ones this project means.
 */
final class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static List<String> normalized(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  private static List<List<String>> blocks(String language) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (current == null && line.equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        blocks.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }

  @Test
  void everyJavaBlockIsCodeTheBuildCompiles() throws IOException {
    List<List<String>> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")
          && !f.toString().contains("/target/")).collect(Collectors.toList())) {
        sources.add(normalized(Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
    }
    List<List<String>> blocks = blocks("java");
    assertTrue(blocks.size() >= 8, "the README's Java examples: " + blocks.size());
    for (List<String> block : blocks) {
      List<String> wanted = normalized(block);
      boolean found = sources.stream().anyMatch(source -> java.util.Collections.indexOfSubList(source, wanted) >= 0);
      assertTrue(found, "not found in any source file:\n" + String.join("\n", block));
    }
  }

  @Test
  void theFreshMachineCommandsAreTheOnesThisBuildSupports() throws IOException {
    List<List<String>> shell = blocks("sh");
    assertFalse(shell.isEmpty());
    assertTrue(shell.contains(List.of(
        "./mvnw -B -ntp -q -pl samples -am package -DskipTests && java -jar samples/target/pacer.jar demo esputnik")),
        "the demo command: " + shell);
    assertTrue(shell.contains(List.of("./mvnw -B -ntp verify")), "the test command: " + shell);
    assertTrue(shell.contains(List.of("./mvnw -B -ntp install -DskipTests")), "how a newcomer gets the artifacts: " + shell);
    String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertTrue(ci.strip().endsWith("./mvnw -B -ntp verify"), "CI runs the README's test command: " + ci);
  }
}
