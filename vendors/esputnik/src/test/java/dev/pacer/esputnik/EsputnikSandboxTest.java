package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.EventV1;
import dev.pacer.esputnik.model.GroupMembers;
import dev.pacer.esputnik.model.Order;
import dev.pacer.esputnik.model.OrderStatus;
import dev.pacer.esputnik.model.Orders;
import dev.pacer.esputnik.model.OutgoingViber;
import dev.pacer.esputnik.model.Period;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * The typed client against the testkit's eSputnik sandbox, which counts every bucket exactly per
 * fixed one-second window of its own clock and answers 429 above the seed page's limits. Runs in
 * real time: the sandbox is an independent judge, not a copy of Pacer's limiter.
 */
final class EsputnikSandboxTest {
  private static final String KEY = "es-key-for-the-sandbox-0001";
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 1, 31);
  /**
   * The declared limits with a 50 ms safety margin instead of the default 10 ms (1% of a second):
   * on a shared, loaded machine a request can reach the sandbox's counter tens of milliseconds
   * after Pacer admitted it, and at 10/s that jitter alone can put an 11th call into a window.
   */
  private static final dev.pacer.policy.RateLimitPolicy POLICY =
      EsputnikPolicy.POLICY.toBuilder().safetyMargin(Duration.ofMillis(50)).build();

  @Test
  void sixteenThreadsOfHistoryEventsAndDeletionsTogetherReceiveNo429s() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start();
        EsputnikClient client = EsputnikClient.builder().apiKey(KEY).baseUrl(sandbox.baseUrl())
            .policy(POLICY).maxWait(Duration.ofMinutes(2)).build()) {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        MessageHistoryQuery query = MessageHistoryQuery.forContact(1000 + i, FROM, TO);
        work.add(() -> status(client.contacts().messageHistory(query, 0, 100).execute()));
      }
      for (int i = 0; i < 2_000; i++) {
        EventV1 event = EventV1.of("PageViewed", "user" + i + "@example.com");
        work.add(() -> status(client.events().eventV1(event).execute()));
      }
      for (int i = 0; i < 50; i++) {
        Period period = Period.of(FROM.plusDays(i % 28), FROM.plusDays(i % 28 + 1));
        work.add(() -> status(client.events().deletePastEvents(period).execute()));
      }
      Collections.shuffle(work, new Random(7));

      List<Integer> statuses = runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), () -> "429s: " + stats);
      assertEquals(2_250, statuses.size());
      assertTrue(statuses.stream().allMatch(s -> s >= 200 && s < 300), () -> "non-2xx: " + statuses);
      assertEquals(200, stats.admitted("GET /api/v2/contacts/messages"));
      assertEquals(2_000, stats.admitted("POST /api/v1/event"));
      assertEquals(50, stats.admitted("DELETE /api/v1/past_events"));
      assertTrue(stats.maxAdmittedInAnyWindow("GET /api/v2/contacts/messages") <= 10, stats::toString);
      assertTrue(stats.maxAdmittedInAnyWindow("POST /api/v1/event") <= 350, stats::toString);
      assertTrue(stats.maxAdmittedInAnyWindow("DELETE /api/v1/past_events") <= 5, stats::toString);
    }
  }

  @Test
  void twoUnlistedMethodsTogetherStayWithinTheOneShared200PerSecondBucket() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start();
        EsputnikClient client = EsputnikClient.builder().apiKey(KEY).baseUrl(sandbox.baseUrl())
            .policy(POLICY).maxWait(Duration.ofMinutes(1)).build()) {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        long id = i;
        Contact renamed = Contact.builder().firstName("Ann " + i).build();
        work.add(() -> status(client.contacts().update(id, renamed).execute()));
        work.add(() -> status(client.contacts().delete(id + 10_000, null).execute()));
      }
      Collections.shuffle(work, new Random(11));

      List<Integer> statuses = runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), () -> "429s: " + stats);
      assertTrue(statuses.stream().allMatch(s -> s >= 200 && s < 300), () -> "non-2xx: " + statuses);
      assertEquals(800, stats.admitted("default"));
      assertTrue(stats.maxAdmittedInAnyWindow("default") <= 200, stats::toString);
      // 800 calls in one shared 200/s bucket need at least three full seconds of windows: had
      // the client paced each method at 200/s on its own, the sandbox would have seen 400 in one.
      assertTrue(stats.maxAdmittedInAnyWindow("default") >= 100, "the shared bucket was barely used: " + stats);
    }
  }

  @Test
  void segmentOrderActivitySubscriptionAndChannelMessageCallsTogetherReceiveNo429s() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.esputnik()).start();
        EsputnikClient client = EsputnikClient.builder().apiKey(KEY).baseUrl(sandbox.baseUrl())
            .policy(POLICY).maxWait(Duration.ofMinutes(1)).build()) {
      ContactActivityQuery activity = ContactActivityQuery.between(FROM, TO);
      Order order = Order.builder("o-1", OrderStatus.DELIVERED, OffsetDateTime.parse("2026-01-05T10:00:00Z"), "EUR",
          BigDecimal.TEN).email("ann@example.com").build();
      OutgoingViber viber = OutgoingViber.builder("Hi", "Late").to("380505550101").build();
      List<Callable<Integer>> work = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        int id = 200_400 + i;
        work.add(() -> status(client.groups().search(null, 1, 500).execute()));
        work.add(() -> status(client.groups().contacts(id, 1, 500, null, null).execute()));
        work.add(() -> status(client.groups().attach(id, GroupMembers.contacts((long) id)).execute()));
        work.add(() -> status(client.orders().add(Orders.of(order)).execute()));
        work.add(() -> status(client.contacts().activity(activity, null, 100).execute()));
        work.add(() -> status(client.contacts().addressBooks().execute()));
        work.add(() -> status(client.contacts().subscriptions(id).execute()));
        work.add(() -> status(client.messages().sendViber(viber).execute()));
      }
      for (int i = 0; i < 5; i++) {
        int id = 8_000 + i;
        work.add(() -> status(client.messages().viberMessage(id).execute()));
        work.add(() -> status(client.messages().mobilePushMessage(id).execute()));
        work.add(() -> status(client.messages().appInboxMessage(id).execute()));
        work.add(() -> status(client.messages().telegramMessage(id).execute()));
        work.add(() -> status(client.messages().searchViberMessages(null, 1, 500).execute()));
        work.add(() -> status(client.messages().searchTelegramMessages(null, 1, 500).execute()));
      }
      Collections.shuffle(work, new Random(13));

      List<Integer> statuses = runOn16Threads(work);

      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), () -> "429s: " + stats);
      assertTrue(statuses.stream().allMatch(s -> s >= 200 && s < 300), () -> "non-2xx: " + statuses);
      assertEquals(510, stats.admitted("default"));
      assertTrue(stats.maxAdmittedInAnyWindow("default") <= 200, stats::toString);
      assertEquals(5, stats.admitted("hour|GET /api/v1/messages/viber/{id}"), stats::toString);
      assertEquals(5, stats.admitted("hour|GET /api/v1/messages/telegram"), stats::toString);
    }
  }

  private static int status(Response<?> response) {
    return response.code();
  }

  private static List<Integer> runOn16Threads(List<Callable<Integer>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> futures = pool.invokeAll(work);
      List<Integer> out = new ArrayList<>(futures.size());
      for (Future<Integer> f : futures) out.add(f.get());
      return out;
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }
}
