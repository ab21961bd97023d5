package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.ConvertToTicketRequest;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Keeps the module README honest: its coverage table and its example. */
final class IntercomReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `(/[^`]*)` \\| (.+) \\|$");
  private static final Pattern SERVICE_METHOD = Pattern.compile("`(\\w+)\\(\\)\\.(\\w+)`");

  private record Row(String endpoint, String typedAs) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) rows.add(new Row(m.group(1) + " " + normalized(m.group(2)), m.group(3)));
    }
    return rows;
  }

  /** A template with its variables' names dropped: the spec and the services name them differently. */
  private static String normalized(String template) {
    return template.replaceAll("\\{[^}]+}", "{}");
  }

  @Test
  void theCoverageTableMarksExactlyTheTypedEndpoints() throws IOException {
    List<Row> rows = rows();
    Set<String> markedTyped = rows.stream().filter(r -> !r.typedAs().equals("—")).map(Row::endpoint)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> typed = TypedEndpoints.all().stream().map(IntercomReadmeTest::normalized)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(typed, markedTyped);
    assertEquals(rows.size(), rows.stream().map(Row::endpoint).distinct().count(), "an endpoint listed twice");
    String readme = Files.readString(README, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    String claim = "**" + markedTyped.size() + " of its " + rows.size() + " operations are typed**";
    assertTrue(readme.contains(claim), "the README's count should read " + claim);
  }

  @Test
  void everyServiceMethodTheTableNamesExists() throws Exception {
    int named = 0;
    for (Row row : rows()) {
      Matcher m = SERVICE_METHOD.matcher(row.typedAs());
      while (m.find()) {
        Class<?> service = IntercomClient.class.getMethod(m.group(1)).getReturnType();
        String method = m.group(2);
        assertTrue(Arrays.stream(service.getMethods()).map(Method::getName).anyMatch(method::equals),
            row + " names " + service.getSimpleName() + "." + method);
        named++;
      }
    }
    assertTrue(named >= TypedEndpoints.all().size(), "service methods named: " + named);
  }

  @Test
  void theReadmeExampleIsThisTestsCode() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String[] blocks = readme.split("```java\n");
    String example = blocks[2].substring(0, blocks[2].indexOf("```"));
    String source = Files.readString(Path.of("src/test/java/dev/pacer/intercom/IntercomReadmeTest.java"));
    String stripped = Arrays.stream(source.split("\n")).map(String::strip).collect(Collectors.joining("\n"));
    String wanted = Arrays.stream(example.split("\n")).map(String::strip).collect(Collectors.joining("\n"));
    assertTrue(stripped.contains(wanted), "the README's second Java block is not in this test:\n" + wanted);
  }

  @Test
  @Timeout(30)
  void theReadmeExampleRunsAgainstTheSandbox() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start();
        IntercomClient intercom = IntercomClient.builder().accessToken("sandbox-readme").baseUrl(sandbox.baseUrl()).build()) {
      String conversationId = "147000000001";
      String bugTicketTypeId = "95";
      String adminId = "991201";
      Ticket ticket = intercom.execute(intercom.conversations()
          .convertToTicket(conversationId, ConvertToTicketRequest.of(bugTicketTypeId)));
      intercom.execute(intercom.tickets().reply(ticket.id(),
          ReplyRequest.adminNote(adminId, "Reproduced; engineering has it.").build()));
      for (Ticket open : intercom.searchTickets(SearchQuery.field("open", SearchOperator.EQUALS, true), 50)) {
        System.out.println(open.ticketId() + " " + open.ticketState().internalLabel());
      }
      SandboxStats stats = sandbox.stats();
      assertEquals(3, stats.admitted("app"), stats::toString);
      assertEquals(0, stats.count429(), stats::toString);
    }
  }
}
