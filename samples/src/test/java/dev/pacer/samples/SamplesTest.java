package dev.pacer.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every sample as its {@code main} does, with an empty environment so that each runs
 * offline against the sandbox it starts, and checks what the sample says it did against what
 * the server counted.
 */
final class SamplesTest {
  private static final Map<String, String> OFFLINE = Map.of();

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plugIntoOkHttpKeepsSearchesWithinFiftyPerSecondWithoutA429() throws Exception {
    PlugIntoOkHttp.Outcome outcome = PlugIntoOkHttp.run(OFFLINE, out);

    assertEquals(PlugIntoOkHttp.CALLS, outcome.ok(), printed());
    assertEquals(0, outcome.server429s(), printed());
    assertTrue(outcome.busiestSecond() <= 50, printed());
    assertTrue(printed().contains("150 answered 200"), printed());
  }

  @Test
  void ownApiPolicyKeepsEveryRuleWithinItsLimitAtTheServer() throws Exception {
    OwnApiPolicy.Outcome outcome = OwnApiPolicy.run(OFFLINE, out);

    int expectedCalls = OwnApiPolicy.TRAFFIC.values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(expectedCalls, outcome.calls());
    assertEquals(expectedCalls, outcome.ok(), printed());
    Map<String, Integer> busiest = outcome.busiestSecondByRule();
    assertEquals(List.of("create-order", "default", "get-order", "list-orders", "search-orders"),
        List.copyOf(busiest.keySet()), printed());
    busiest.forEach((rule, most) -> {
      int limit = OwnApiPolicy.ACME.rule(rule).rates().get(0).permits();
      assertTrue(most <= limit, rule + ": " + most + " in one second, limit " + limit + "\n" + printed());
    });
  }

  @Test
  void sharedLimitAcrossProcessesKeepsTwoProcessesWithinOneLimitThroughRedis() throws Exception {
    SharedLimitAcrossProcesses.Outcome outcome = SharedLimitAcrossProcesses.run(OFFLINE, out);

    assertEquals(SharedLimitAcrossProcesses.WORKERS * SharedLimitAcrossProcesses.CALLS_PER_WORKER, outcome.ok(), printed());
    assertEquals(0, outcome.server429s(), printed());
    assertTrue(outcome.busiestSecond() <= 50, printed());
    assertTrue(printed().contains("the server answered 0 429s"), printed());
  }

  @Test
  void esputnikBackfillImportsEveryBatchWithoutA429() throws Exception {
    EsputnikBackfill.Outcome outcome = EsputnikBackfill.run(OFFLINE, out, 12_050);

    assertEquals(121, outcome.batches());
    assertEquals(121, outcome.acceptedBatches(), printed());
    assertEquals(0, outcome.server429s(), printed());
    assertTrue(printed().contains("121 of 121 batches accepted"), printed());
  }

  @Test
  void intercomExportWritesEveryContactPageByPage(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("contacts.csv");
    IntercomContactExport.Outcome outcome = IntercomContactExport.run(OFFLINE, out, csv);

    assertEquals(5, outcome.contacts(), printed()); // the sandbox's workspace holds 5 contacts
    assertEquals(3, outcome.pageRequests(), printed()); // 2 + 2 + 1
    assertEquals(0, outcome.server429s(), printed());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("id,email,name", lines.get(0));
    assertEquals(6, lines.size(), String.join("\n", lines));
    assertEquals(5, lines.stream().skip(1).distinct().count());
  }

  @Test
  void nylasStreamingNeverHoldsMoreThanTenStreamsOpen() throws Exception {
    NylasDeltaStreaming.Outcome outcome = NylasDeltaStreaming.run(OFFLINE, out);

    assertEquals(0, outcome.server429s(), printed());
    assertTrue(outcome.peakOpenStreams() <= 10, printed());
    assertTrue(outcome.peakOpenStreams() >= 1, printed());
    assertEquals(2 * NylasDeltaStreaming.WORKERS, outcome.deltas(), printed()); // each sandbox stream sends 2
  }

  @Test
  void koreAuditSharesTheAccountsSixtyAMinuteAmongItsThreadsWithoutA429() throws Exception {
    KoreAgentAudit.Outcome outcome = KoreAgentAudit.run(OFFLINE, out, 90);

    assertEquals(90, outcome.agents());
    assertEquals(90, outcome.read(), printed());
    assertEquals(0, outcome.server429s(), printed());
    assertTrue(outcome.busiestMinute() <= 60, printed());
    assertTrue(outcome.busiestMinute() >= 30, "90 reads span two of the sandbox's minutes: " + printed());
    assertTrue(printed().contains("read 90 of 90 agent records"), printed());
  }

  @Test
  void contextIoReadReceiptsKeepEachUserWithinTwoHundredFortyImapCallsAMinute() throws Exception {
    ContextIoReadReceipts.Outcome outcome = ContextIoReadReceipts.run(OFFLINE, out, 280);

    assertEquals(3 * 280, outcome.asked());
    assertEquals(3 * 280, outcome.answered(), printed());
    assertEquals(0, outcome.server429s(), printed());
    assertEquals(ContextIoReadReceipts.USERS, outcome.busiestMinuteByUser().size(), printed());
    outcome.busiestMinuteByUser().forEach((user, most) -> {
      assertTrue(most <= 240, user + ": " + most + " in one minute\n" + printed());
      assertTrue(most >= 40, user + " was served in its own bucket: " + most + "\n" + printed());
    });
  }
}
