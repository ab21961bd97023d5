package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.CLIENT_ID;
import static dev.pacer.koreccai.KoreTestServer.SECRET;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.PacerDiagnostics;
import dev.pacer.RetryConfig;
import dev.pacer.koreccai.model.Agent;
import dev.pacer.koreccai.model.AgentAvailabilityQuery;
import dev.pacer.koreccai.model.CampaignInput;
import dev.pacer.koreccai.model.ContactListAddition;
import dev.pacer.koreccai.model.ContactVolumeQuery;
import dev.pacer.koreccai.model.ConversationTransfer;
import dev.pacer.koreccai.model.FunctionalityType;
import dev.pacer.koreccai.model.OutboundSms;
import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.QueueMembersQuery;
import dev.pacer.koreccai.model.QueueSizeFilter;
import dev.pacer.koreccai.model.SkillGroupInput;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.time.ManualClock;
import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.ApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client against the testkit's Kore.ai CCAI sandbox, which counts each account's requests per
 * fixed minute on its own clock and answers the 61st with the rate-limit page's 429. The burst
 * runs on virtual time: client and sandbox share one clock that only this test moves, so minutes
 * of Kore's limit pass in a few seconds, and the sandbox stays an independent judge.
 */
final class KoreCcaiSandboxTest {
  private static final String BUCKET = "account:" + ACCOUNT;
  private static final int THREADS = 6;
  /** How far virtual time moves at once; it divides the sandbox's minute. */
  private static final Duration STEP = Duration.ofSeconds(5);

  /**
   * Virtual time advanced in lockstep with the workers. The client reads time only through this
   * clock; it remembers, per thread, which step of time each thread last read. The driver moves
   * time one step only when every worker with a call in progress is parked in Pacer's wait for a
   * permit and has read the clock since the last step, so time never moves between Pacer admitting a
   * request and the sandbox counting it (a worker is runnable, or blocked on its socket, for that
   * whole stretch). Steps divide the sandbox's minute, so each request is counted at the first
   * step at or after the instant Pacer booked for it.
   */
  private static final class LockstepClock implements PacerClock {
    private final ManualClock time;
    private final Map<Thread, Long> lastRead = new ConcurrentHashMap<>();
    private final Set<Thread> busy = ConcurrentHashMap.newKeySet();
    private long step; // guarded by this
    /** The client's Pacer, once built: tells how many calls wait inside Pacer. */
    private volatile PacerDiagnostics pacer;

    LockstepClock(ManualClock time) {
      this.time = time;
    }

    @Override
    public synchronized long nanoTime() {
      lastRead.put(Thread.currentThread(), step);
      return time.nanoTime();
    }

    @Override
    public synchronized long wallMillis() {
      lastRead.put(Thread.currentThread(), step);
      return time.wallMillis();
    }

    /** Moves time by {@code d} if every busy worker is parked and has seen the current step. */
    boolean tryAdvance(Duration d) {
      long current;
      synchronized (this) {
        current = step;
      }
      if (busy.isEmpty()) return false;
      for (Thread w : busy) {
        Long seen = lastRead.get(w);
        if (seen == null || seen != current || w.getState() != Thread.State.TIMED_WAITING) return false;
      }
      // Timed waits elsewhere (OkHttp waiting for a connection attempt, say) do not count: only a
      // call waiting inside Pacer has no request on its way to the sandbox. Every busy worker is
      // parked, so when Pacer counts as many waiting calls, each is parked there.
      PacerDiagnostics p = pacer;
      if (p == null || p.callsWaiting() < busy.size()) return false;
      synchronized (this) {
        if (step != current) return false;
        time.advance(d);
        step++;
      }
      return true;
    }
  }

  /** Runs {@code calls} queue and agent reads from {@link #THREADS} threads while advancing {@code clock}. */
  private static List<Throwable> burst(KoreCcaiClient client, LockstepClock clock, int calls) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread w = new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
            clock.busy.add(Thread.currentThread());
            try {
              if (i % 2 == 0) {
                client.execute(client.queues().list(STREAM, 1, 10));
              } else {
                client.execute(client.agents().get(STREAM, "a-001f2c1"));
              }
            } catch (IOException | RuntimeException e) {
              failures.add(e);
            } finally {
              clock.busy.remove(Thread.currentThread());
            }
          }
        } finally {
          finished.incrementAndGet();
        }
      }, "kore-burst-" + t);
      workers.add(w);
    }
    workers.forEach(Thread::start);
    while (finished.get() < THREADS) {
      if (!clock.tryAdvance(STEP)) {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
      }
    }
    for (Thread w : workers) w.join(TimeUnit.SECONDS.toMillis(10));
    return new ArrayList<>(failures);
  }

  /** The outcome of one virtual-time burst: the failures the workers saw and the sandbox's counts. */
  private record Outcome(List<Throwable> failures, SandboxStats stats) {}

  /** Runs a burst of {@code calls} against a fresh sandbox with a client keeping to {@code policy}. */
  private static Outcome burstAgainstSandbox(RateLimitPolicy policy, int calls) throws Exception {
    ManualClock time = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    LockstepClock clock = new LockstepClock(time);
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).clock(time).start();
        KoreCcaiClient client = KoreCcaiClient.builder()
            .clientId(CLIENT_ID).clientSecret(SECRET).accountId(ACCOUNT)
            .baseUrl(sandbox.baseUrl())
            .policy(policy)
            .clock(clock)
            .retry(RetryConfig.disabled()) // a 429 would surface as a failure, not be hidden by a retry
            .build()) {
      clock.pacer = client.pacer().diagnostics();
      List<Throwable> failures = burst(client, clock, calls);
      return new Outcome(failures, sandbox.stats());
    }
  }

  /** A client of the sandbox's account on the system clock, keeping to {@code policy}. */
  private static KoreCcaiClient clientOf(VendorSandbox sandbox, RateLimitPolicy policy) {
    return KoreCcaiClient.builder()
        .clientId(CLIENT_ID).clientSecret(SECRET).accountId(ACCOUNT)
        .baseUrl(sandbox.baseUrl())
        .policy(policy)
        .build();
  }

  @Test
  @Timeout(60)
  void aBurstOfThreeMinutesOfCallsFromSixThreadsGetsNo429() throws Exception {
    int calls = 180; // three minutes' worth at 60 a minute, all asked for at once
    Outcome o = burstAgainstSandbox(KoreCcaiPolicy.POLICY, calls);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures());
    assertEquals(0, stats.count429(), stats::toString);
    assertEquals(calls, stats.admitted(BUCKET), stats::toString);
    assertTrue(stats.maxAdmittedInAnyWindow(BUCKET) <= 60, stats::toString);
    // ...and as fast as Kore allows: a whole minute's window is (nearly) full.
    assertTrue(stats.maxAdmittedInAnyWindow(BUCKET) >= 58, stats::toString);
  }

  @Test
  @Timeout(60)
  void theSandboxCatchesAClientThatPacesAboveSixtyPerMinute() throws Exception {
    // The same harness with a policy 25% too generous: the judge must notice, or the test above proves nothing.
    Outcome o = burstAgainstSandbox(KoreCcaiPolicy.withRate(Rate.perMinute(75)), 150);
    assertTrue(o.stats().count429(BUCKET) > 0, o.stats()::toString);
    // The 429 pauses the account's bucket for Kore's minute, so other callers may fail with
    // WaitTooLongException before the refused call's ApiException is recorded: find the latter.
    ApiException e = (ApiException) o.failures().stream()
        .filter(ApiException.class::isInstance)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ApiException among " + o.failures()));
    assertTrue(e.error(KoreCcaiError.class).isRateLimited(), e::toString);
    assertEquals(KoreCcaiError.RATE_LIMIT_MESSAGE, e.error(KoreCcaiError.class).message());
  }

  @Test
  @Timeout(30)
  void typedCallsReadTheSandboxsBodiesAndCarryTheCredentialsKoreWants() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).start();
        KoreCcaiClient client = clientOf(sandbox, KoreCcaiPolicy.POLICY)) {
      List<Agent> agents = new ArrayList<>();
      for (Agent a : client.allAgents(STREAM, "o-7d1e2f3a")) agents.add(a);
      Agent one = client.execute(client.agents().get(STREAM, "a-001f2c1"));
      List<Queue> queues = new ArrayList<>();
      for (Queue q : client.allQueues(STREAM, 10)) queues.add(q);

      assertEquals(List.of("a-001f2c1", "a-002f2c1"), agents.stream().map(Agent::id).toList());
      assertEquals("agent1@example.com", one.emailId());
      assertEquals(Instant.parse("2025-01-02T00:00:00Z"), one.updatedAt());
      assertEquals("Support", queues.get(0).name());
      assertEquals(Boolean.TRUE, queues.get(0).isDefault());

      SandboxStats stats = sandbox.stats();
      assertEquals(3, stats.admitted(BUCKET), stats::toString); // one page of agents, one agent, one page of queues
      for (LoggedRequest r : stats.requests()) {
        assertEquals(ACCOUNT, r.headers().get("accountId"));
        String auth = r.headers().get("auth");
        assertTrue(auth != null && !auth.contains(SECRET), r::toString);
        assertFalse(r.toString().contains(SECRET), r::toString);
      }
    }
  }

  @Test
  @Timeout(30)
  void everyNewApiGroupIsCountedInTheAccountsBucketAndReadsTheSandboxsAnswers() throws Exception {
    // 14 calls at 100 a second: well under the sandbox's 60 a minute, so the test does not wait.
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.koreCcai()).start();
        KoreCcaiClient client = clientOf(sandbox, KoreCcaiPolicy.withRate(Rate.perSecond(100)))) {
      List<retrofit2.Call<?>> calls = List.of(
          client.skills().updateGroup(STREAM, "sg-1", new SkillGroupInput("Accounts", null, null)),
          client.agents().availability(STREAM, new AgentAvailabilityQuery(null, List.of("qu-1"), null)),
          client.queues().agentsOfQueues(STREAM, QueueMembersQuery.ofQueues(List.of("qu-1"))),
          client.conversations().transfer(STREAM, ConversationTransfer.toQueue("https://example.com/cb", "o-1", "bs-1",
              "qu-1")),
          client.contacts().importCsv(STREAM, "c.csv", "firstName\nJo\n".getBytes(StandardCharsets.UTF_8)),
          client.analytics().intentRealTime(STREAM),
          client.analytics().queueSize(STREAM, "qu-1", new QueueSizeFilter(null, null)),
          client.wfm().contactVolume(ACCOUNT, STREAM, new ContactVolumeQuery("o-1", null, "2026-01-01T00:00:00Z",
              null, null, null)),
          client.voiceGateway().recordings(STREAM, "s-1", null),
          client.importExport().export(STREAM, ACCOUNT, "o-1", FunctionalityType.QUEUES),
          client.campaigns().create(STREAM, ACCOUNT, CampaignInput.sms("Reminder", "d").build()),
          client.campaigns().stopSms(STREAM, "cd-1"),
          client.campaigns().sendOutboundSms(STREAM, new OutboundSms("+15550100", "+15550101")),
          client.campaigns().addContacts(STREAM, ContactListAddition.ofPhoneNumbers("July", List.of("+15550102"))));
      for (retrofit2.Call<?> call : calls) client.execute(call);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(calls.size(), stats.admitted(BUCKET), stats::toString);
    }
  }
}
