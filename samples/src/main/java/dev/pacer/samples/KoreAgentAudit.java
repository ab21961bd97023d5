package dev.pacer.samples;

import dev.pacer.koreccai.KoreCcaiClient;
import dev.pacer.koreccai.KoreCcaiPolicy;
import dev.pacer.koreccai.KoreCcaiRegion;
import dev.pacer.koreccai.model.Agent;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Kore.ai Contact Center AI agent audit: eight threads read the full record of every agent on
 * a list (an export from a workforce tool, say) to check their skills and queues. Kore allows an
 * account 60 requests a minute, all API groups together, so the eight threads share one budget:
 * one {@link KoreCcaiClient} per account holds it, and Pacer hands out one request about every
 * second. No thread draws a 429, and none has to know about the others.
 *
 * <p>Runs offline against a Kore sandbox started here, reading {@value #DEFAULT_AGENTS} made-up
 * agents. Sixty a minute would make that two minutes, so offline the sandbox and the client share
 * a clock {@value #SPEED_UP} times as fast as real time: the run takes about four seconds and
 * the sandbox still counts each real minute of Kore's limit. With {@code KORE_CLIENT_SECRET} set
 * it reads, read-only, the first agents of organization {@code KORE_ORG_ID} at Kore's US cloud,
 * and then needs {@code KORE_CLIENT_ID}, {@code KORE_ACCOUNT_ID}, {@code KORE_STREAM_ID} (the bot
 * ID) and {@code KORE_ORG_ID} too; pass a smaller agent count as the first argument.
 */
public final class KoreAgentAudit {
  static final int DEFAULT_AGENTS = 120;
  static final int THREADS = 8;
  /** Offline, one real second is this many seconds of the sandbox's (and the client's) time. */
  static final int SPEED_UP = 30;
  /** The account the sandbox run uses: 24 hex digits, like Kore's. */
  static final String SANDBOX_ACCOUNT = "65f1c0ffee00000000000001";

  /** What the sample saw: agents listed, records read, the most the server admitted in a minute. */
  record Outcome(int agents, int read, int busiestMinute, long server429s) {}

  /** Runs the sample; the first argument, if any, is the number of agents. */
  public static void main(String[] args) throws Exception {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_AGENTS;
    run(System.getenv(), System.out, agents);
  }

  static Outcome run(Map<String, String> env, PrintStream out, int agents) throws Exception {
    if (agents < 1) throw new IllegalArgumentException("agents < 1: " + agents);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    try (Target target = Target.of(env, "KORE_CLIENT_SECRET", VendorProfile.koreCcai(), KoreCcaiRegion.US.baseUrl(),
            SPEED_UP);
        KoreCcaiClient kore = KoreCcaiClient.builder()
            .clientId(target.offline() ? "cs-sandbox" : required(env, "KORE_CLIENT_ID"))
            .clientSecret(target.credential())
            .accountId(target.offline() ? SANDBOX_ACCOUNT : required(env, "KORE_ACCOUNT_ID"))
            .baseUrl(target.baseUrl())
            .clock(target.clock())
            .policy(policy(target))
            .maxWait(Duration.ofMinutes(5))
            .build()) {
      String stream = target.offline() ? "st-sandbox" : required(env, "KORE_STREAM_ID");
      List<String> ids = target.offline() ? madeUpAgents(agents) : listAgents(kore, stream, required(env, "KORE_ORG_ID"), agents);

      long start = System.nanoTime();
      List<Future<Agent>> reads = new ArrayList<>();
      for (String id : ids) {
        // Each thread blocks in execute() until the account's budget has room; 429s never reach here.
        reads.add(workers.submit(() -> kore.execute(kore.agents().get(stream, id))));
      }
      int read = 0;
      for (Future<Agent> agent : reads) {
        try {
          if (agent.get() != null) read++;
        } catch (ExecutionException e) {
          out.println("A read failed: " + e.getCause());
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      int busiest = target.offline() ? (int) target.stats().maxAdmittedInAnyWindow("account:" + SANDBOX_ACCOUNT) : -1;
      out.printf("%d threads read %d of %d agent records from %s.%n", THREADS, read, ids.size(), target.describe());
      out.printf("That took %s of Kore's time (%.1f s here); Kore allows an account 60 requests a minute.%n",
          minutes(target.onClock(took)), took.toMillis() / 1000.0);
      if (busiest >= 0) out.printf("The sandbox admitted at most %d requests in any one minute.%n", busiest);
      out.println(target.describe429s());
      return new Outcome(ids.size(), read, busiest, target.server429s());
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Kore's policy with a safety margin that absorbs 50 ms of real delay between Pacer letting a
   * request go and the server counting it: on a clock {@code SPEED_UP} times as fast, that delay
   * is that many times as long.
   */
  private static RateLimitPolicy policy(Target target) {
    if (target.speedUp() == 1) return KoreCcaiPolicy.POLICY;
    return KoreCcaiPolicy.POLICY.toBuilder().safetyMargin(target.onClock(Duration.ofMillis(50))).build();
  }

  private static List<String> madeUpAgents(int agents) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= agents; i++) ids.add(String.format("a-%05d", i));
    return ids;
  }

  /** The first {@code agents} agents of the organization, page by page (each page: one of the 60). */
  private static List<String> listAgents(KoreCcaiClient kore, String stream, String org, int agents) {
    List<String> ids = new ArrayList<>();
    for (Agent agent : kore.allAgents(stream, org)) {
      if (ids.size() == agents) break;
      ids.add(agent.id());
    }
    return ids;
  }

  private static String required(Map<String, String> env, String variable) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(variable + " is not set; the real API needs it with KORE_CLIENT_SECRET");
    }
    return value.trim();
  }

  private static String minutes(Duration d) {
    return String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }

  private KoreAgentAudit() {}
}
