package dev.pacer.samples;

import dev.pacer.contextio.ContextIoClient;
import dev.pacer.contextio.ContextIoPolicy;
import dev.pacer.contextio.MessageOptions;
import dev.pacer.contextio.model.Message;
import dev.pacer.contextio.model.ReadState;
import dev.pacer.contextio.model.User;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Context.IO read receipts: a CRM checks, for each of its users, which of the messages it filed
 * in the user's inbox have been read ({@code GET .../messages/{message_id}/read}). Context.IO
 * allows each user 240 calls to IMAP a minute, and reading a message's state is one; Pacer keeps
 * a bucket per user, so twelve threads work through several users side by side, each user at
 * its own 240 a minute, and a busy user never slows the others.
 *
 * <p>Runs offline against a Context.IO sandbox started here: {@value #USERS} users,
 * {@value #DEFAULT_MESSAGES_PER_USER} made-up messages each. The sandbox plays a developer key
 * whose hourly limit Context.IO raised to {@value #RAISED_CALLS_PER_HOUR} (a new key's 5,000 an
 * hour would be the tighter limit), and it shares with the client a clock {@value #SPEED_UP}
 * times as fast as real time, so the minute-long limit is visible in about three seconds. With
 * {@code CONTEXTIO_CONSUMER_SECRET} (and {@code CONTEXTIO_CONSUMER_KEY}) set, it reads the read
 * state of the newest messages of the key's first users at {@code https://api.context.io/lite/},
 * read-only, under the key's hourly limit ({@code CONTEXTIO_CALLS_PER_HOUR}, default 5,000); pass
 * a smaller message count per user as the first argument.
 */
public final class ContextIoReadReceipts {
  static final int USERS = 3;
  static final int DEFAULT_MESSAGES_PER_USER = 300;
  static final int THREADS = 12;
  static final int SPEED_UP = 30;
  static final int RAISED_CALLS_PER_HOUR = 60_000;

  /**
   * What the sample saw: read states asked and answered, and per user the most calls the server
   * admitted in any minute (empty against the real API).
   */
  record Outcome(int asked, int answered, Map<String, Integer> busiestMinuteByUser, long server429s) {}

  /** Runs the sample; the first argument, if any, is the number of messages per user. */
  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_MESSAGES_PER_USER;
    run(System.getenv(), System.out, messages);
  }

  static Outcome run(Map<String, String> env, PrintStream out, int messagesPerUser) throws Exception {
    if (messagesPerUser < 1) throw new IllegalArgumentException("messagesPerUser < 1: " + messagesPerUser);
    ExecutorService workers = Executors.newFixedThreadPool(THREADS);
    try (Target target = Target.of(env, "CONTEXTIO_CONSUMER_SECRET", VendorProfile.contextIo(RAISED_CALLS_PER_HOUR),
            ContextIoClient.DEFAULT_BASE_URL, SPEED_UP);
        ContextIoClient contextIo = ContextIoClient.builder()
            .consumerKey(target.offline() ? "sandbox-key" : required(env, "CONTEXTIO_CONSUMER_KEY"))
            .consumerSecret(target.credential())
            .baseUrl(target.baseUrl())
            .clock(target.clock())
            .policy(policy(target, env))
            .maxWait(Duration.ofMinutes(5))
            .build()) {
      Map<String, List<String>> inboxes = target.offline()
          ? madeUpInboxes(messagesPerUser)
          : newestMessages(contextIo, messagesPerUser);

      long start = System.nanoTime();
      List<Future<ReadState>> states = new ArrayList<>();
      // Interleave the users, as a CRM's queue would: every user's bucket is busy from the start.
      for (int i = 0; i < messagesPerUser; i++) {
        for (Map.Entry<String, List<String>> inbox : inboxes.entrySet()) {
          if (i >= inbox.getValue().size()) continue;
          String user = inbox.getKey();
          String message = inbox.getValue().get(i);
          // Blocks while this user's IMAP minute is spent; other users' calls go on meanwhile.
          states.add(workers.submit(() -> contextIo.execute(contextIo.messages().readState(user, "0", "INBOX", message))));
        }
      }
      int answered = 0;
      for (Future<ReadState> state : states) {
        try {
          state.get();
          answered++;
        } catch (ExecutionException e) {
          out.println("A call failed: " + e.getCause());
        }
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      Map<String, Integer> busiest = new LinkedHashMap<>();
      if (target.offline()) {
        for (String user : inboxes.keySet()) busiest.put(user, target.stats().maxAdmittedInAnyWindow("user:" + user + "|imap"));
      }
      out.printf("%d threads asked %s for the read state of %d messages of %d users; %d answered.%n",
          THREADS, target.describe(), states.size(), inboxes.size(), answered);
      out.printf("That took %.0f s of Context.IO's time (%.1f s here); each user may make 240 IMAP calls a minute.%n",
          target.onClock(took).toMillis() / 1000.0, took.toMillis() / 1000.0);
      busiest.forEach((user, most) -> out.printf("User %s: at most %d IMAP calls in any one minute at the server.%n", user, most));
      out.println(target.describe429s());
      return new Outcome(states.size(), answered, busiest, target.server429s());
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Context.IO's policy for the key's hourly limit, with a safety margin that absorbs 50 ms of real
   * delay between Pacer letting a call go and the server counting it (on an accelerated clock that
   * delay is that many times as long).
   */
  private static RateLimitPolicy policy(Target target, Map<String, String> env) {
    int perHour = target.offline()
        ? RAISED_CALLS_PER_HOUR
        : Integer.parseInt(env.getOrDefault("CONTEXTIO_CALLS_PER_HOUR", "5000").trim());
    RateLimitPolicy policy = ContextIoPolicy.withDeveloperRate(Rate.perHour(perHour));
    if (target.speedUp() == 1) return policy;
    return policy.toBuilder().safetyMargin(target.onClock(Duration.ofMillis(50))).build();
  }

  private static Map<String, List<String>> madeUpInboxes(int messagesPerUser) {
    Map<String, List<String>> inboxes = new LinkedHashMap<>();
    for (int u = 1; u <= USERS; u++) {
      List<String> messages = new ArrayList<>();
      for (int m = 1; m <= messagesPerUser; m++) messages.add("<m" + m + ".u" + u + "@crm.example.com>");
      inboxes.put(String.format("5f0a1b2c3d4e5f6a7b8c9d%02d", u), messages);
    }
    return inboxes;
  }

  /** The newest messages of the key's first users' inboxes (each page of messages: one IMAP call). */
  private static Map<String, List<String>> newestMessages(ContextIoClient contextIo, int messagesPerUser) {
    Map<String, List<String>> inboxes = new LinkedHashMap<>();
    for (User user : contextIo.allUsers()) {
      if (inboxes.size() == USERS) break;
      List<String> messages = new ArrayList<>();
      for (Message message : contextIo.allMessages(user.id(), "0", "INBOX", MessageOptions.none())) {
        if (messages.size() == messagesPerUser) break;
        messages.add(message.emailMessageId());
      }
      inboxes.put(user.id(), messages);
    }
    return inboxes;
  }

  private static String required(Map<String, String> env, String variable) {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(variable + " is not set; the real API needs it with CONTEXTIO_CONSUMER_SECRET");
    }
    return value.trim();
  }

  private ContextIoReadReceipts() {}
}
