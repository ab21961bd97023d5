package dev.pacer.bench.goodput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The goodput harness at quick size, judged by the sandbox's own counts. */
final class GoodputSmokeTest {

  @Test
  void leastTimeFollowsFixedWindowsAndConcurrencyRounds() {
    Workload history = Workload.rated("h", 200, "GET", "/x", null, Map.of(), 10, Duration.ofSeconds(1));
    assertEquals(Duration.ofSeconds(19).toNanos(), history.leastNanos());
    assertEquals(Duration.ofSeconds(20).toNanos(), history.documentedNanos());
    // Starting 400 ms into a window leaves 600 ms of it: the last batch goes 18.6 s in.
    assertEquals(Duration.ofMillis(18_600).toNanos(), history.leastNanos(1_700_000_000_400L));
    Workload streams = Workload.rated("s", 30, "GET", "/x", null, Map.of(), 50, Duration.ofSeconds(1))
        .withConcurrency(10, Duration.ofSeconds(2));
    assertEquals(Duration.ofSeconds(6).toNanos(), streams.leastNanos());
    assertEquals(Duration.ofSeconds(6).toNanos(), streams.documentedNanos());
  }

  @Test
  void workloadsSharingALimitAreTimedTogether() {
    // eSputnik: 500 + 500 unlisted calls share one 200/s bucket, so they need 5 s, not 2.5 s.
    Scenario shared = Scenarios.esputnikShared(500);
    assertEquals(Duration.ofSeconds(5).toNanos(), shared.documentedNanos());
    assertEquals(Duration.ofSeconds(4).toNanos(), shared.leastNanos(0L));
    // Intercom enforcing half the documented 166: the least time follows the enforced 83.
    Scenario half = Scenarios.intercomEnforcing(200, 83);
    assertEquals(83, half.workloads().get(0).permits());
    assertEquals(166, half.workloads().get(0).documentedPermits());
    assertEquals(Duration.ofSeconds(20).toNanos(), half.leastNanos(0L));
  }

  @Test
  void everyClientProducesSaneNumbersAndPacerGetsNo429sInFixedWindowScenarios() throws InterruptedException {
    List<Scenario> scenarios = Scenarios.quick();
    List<GoodputResult> results = GoodputMain.runAll(scenarios);
    assertEquals(scenarios.size() * ClientKind.COMPARED.size(), results.size());
    for (GoodputResult r : results) {
      String what = GoodputMain.row(r);
      assertTrue(r.completed() >= 0 && r.completed() <= r.issued(), what);
      assertEquals(r.issued(), r.completed() + r.lost(), what);
      assertTrue(r.elapsedNanos() > 0, what);
      assertTrue(r.sandboxRequests() >= r.completed(), "the sandbox saw every completed call: " + what);
      assertTrue(r.sandbox429s() <= r.sandboxRequests(), what);
      assertTrue(r.errors() >= r.lost(), "every lost call is counted as an error: " + what);
      if (r.client().equals(ClientKind.PACER.label)) {
        assertEquals(0, r.sandbox429s(), "Pacer received 429s: " + what);
        assertEquals(0, r.lost(), "Pacer lost calls: " + what);
      }
    }
    // The scenario really presses on a limit: 30 message-history calls at 10/s sent at once span
    // at most a few windows, so plain OkHttp is refused (Pacer's zero above means something).
    for (GoodputResult r : results) {
      if (r.client().equals(ClientKind.PLAIN.label) && r.scenario().equals("esputnik")) {
        assertTrue(r.sandbox429s() > 0, "plain OkHttp was never refused: " + GoodputMain.row(r));
      }
    }
    String table = GoodputMain.table(results);
    assertTrue(table.lines().count() == results.size() + 2, table);
  }

  @Test
  void pacerNeverHasTheServerApplyAPostTwiceWhereARetryingPeerDoes() throws InterruptedException {
    // The flaky scenario, small and with many more dropped connections, every one after the
    // server applied the request: a client that replays a POST after a drop applies it twice.
    LimitServer.Spec spec = LimitServer.Spec
        .limit(LimitServer.Kind.FIXED, 200, 1_000, 0, LimitServer.Refusal.RETRY_AFTER_SECONDS)
        .withFaults(0.05, 0.2, 1.0, GoodputMain.SEED);
    Scenario flaky = Scenarios.flaky(60, 40);
    Scenario dropping = Scenario.limitServer("flaky-small", spec, flaky.threads(), flaky.pacerPolicy(), flaky.workloads());
    List<GoodputResult> results = GoodputMain.runAll(List.of(dropping), List.of(ClientKind.PACER, ClientKind.FAILSAFE));
    GoodputResult pacer = results.get(0);
    GoodputResult failsafe = results.get(1);
    assertEquals(0, pacer.postsAppliedTwice(), GoodputMain.row(pacer));
    assertTrue(pacer.lost() > 0, "dropped POSTs end in an error, not a replay: " + GoodputMain.row(pacer));
    assertTrue(failsafe.postsAppliedTwice() > 0, "the counter counts replays: " + GoodputMain.row(failsafe));
    for (GoodputResult r : results) assertEquals(r.issued(), r.completed() + r.lost(), GoodputMain.row(r));
  }
}
