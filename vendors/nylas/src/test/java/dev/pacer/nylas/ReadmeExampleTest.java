package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.Attachment;
import dev.pacer.nylas.model.Folder;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.MessageUpdate;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module README's example, kept in step with the README and run against the sandbox. */
final class ReadmeExampleTest {
  private static final Path SOURCE = Path.of("src/test/java/dev/pacer/nylas/ReadmeExampleTest.java");

  private static void example(NylasClient nylas, String accessToken) throws IOException {
    // --- README (begin) ---
    NylasAccount ada = nylas.account(accessToken);
    Folder archive = nylas.execute(ada.folders().list()).stream()
        .filter(f -> "archive".equals(f.name())).findFirst().orElseThrow();
    for (Message m : ada.allMessages(MessageFilter.builder().in("inbox").hasAttachment(true).build())) {
      for (Attachment file : m.files()) {
        ada.downloadFile(file.id(), OutputStream.nullOutputStream());
      }
      nylas.execute(ada.messages().update(m.id(), MessageUpdate.builder().folderId(archive.id()).build()));
    }
    // --- README (end) ---
  }

  @Test
  void theExampleRunsAgainstTheSandboxWithoutA429() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.nylas()).start();
        NylasClient nylas = NylasClient.builder().baseUrl(sandbox.baseUrl()).build()) {
      example(nylas, "readme-access-token-0001");
      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(1, stats.admitted("app|GET /folders"));
      assertTrue(stats.admitted("app|PUT /messages/{id}") > 0, stats::toString);
    }
  }

  @Test
  void everyLineOfTheReadmesExampleBodyIsInTheRunExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String block = readme.substring(readme.indexOf("```java\n") + 8, readme.indexOf("```", readme.indexOf("```java\n") + 8));
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String run = source.substring(source.indexOf("// --- README (begin) ---"), source.indexOf("// --- README (end) ---"));
    List<String> fromAccount = block.lines().map(String::strip).dropWhile(line -> !line.startsWith("NylasAccount ada")).toList();
    List<String> body = fromAccount.subList(0, fromAccount.size() - 1); // the try block's closing brace
    assertTrue(body.size() >= 8, "README example body: " + body);
    for (String line : body) assertTrue(run.contains(line), "not in the run example: " + line);
  }
}
