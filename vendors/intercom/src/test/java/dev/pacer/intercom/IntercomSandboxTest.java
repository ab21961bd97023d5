package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.intercom.model.AdminTagRequest;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.ConversationUpdate;
import dev.pacer.intercom.model.ConvertToTicketRequest;
import dev.pacer.intercom.model.ConvertVisitorRequest;
import dev.pacer.intercom.model.CustomerRequest;
import dev.pacer.intercom.model.DataEvent;
import dev.pacer.intercom.model.EventSummariesRequest;
import dev.pacer.intercom.model.MergeContactsRequest;
import dev.pacer.intercom.model.MessageRequest;
import dev.pacer.intercom.model.RedactRequest;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.SubscriptionRequest;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.intercom.model.TicketRequest;
import dev.pacer.intercom.model.TicketUpdate;
import dev.pacer.intercom.model.VisitorUpdate;
import dev.pacer.testkit.LoggedRequest;
import dev.pacer.testkit.SandboxStats;
import dev.pacer.testkit.VendorProfile;
import dev.pacer.testkit.VendorSandbox;
import dev.pacer.vendor.support.testing.ConcurrentCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import retrofit2.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client against the testkit's Intercom sandbox, which counts requests per fixed 10-second
 * window on its own clock and sends {@code X-RateLimit-*} on every response. These tests run in
 * real time; they assert on the sandbox's counts per window, never on wall-clock speed.
 */
final class IntercomSandboxTest {
  private static final int THREADS = 8;
  private static final long WINDOW_MILLIS = 10_000;

  private static IntercomClient clientFor(VendorSandbox sandbox) {
    return IntercomClient.builder()
        .accessToken("sandbox-token-3f9a")
        .baseUrl(sandbox.baseUrl())
        .maxWait(Duration.ofSeconds(30))
        .build();
  }

  /** What a burst of calls met: the calls' failures and the sandbox's view of them. */
  private record Outcome(List<Throwable> failures, SandboxStats stats) {}

  /**
   * Starts {@code sandbox} and makes {@code calls} list calls (contacts and conversations,
   * alternately) from {@link #THREADS} threads through one client.
   */
  private static Outcome listCalls(VendorSandbox.Builder sandbox, int calls) throws Exception {
    try (VendorSandbox started = sandbox.start(); IntercomClient client = clientFor(started)) {
      List<Throwable> failures = ConcurrentCalls.run(THREADS, calls, i -> {
        if (i % 2 == 0) {
          client.execute(client.contacts().list(10, null));
        } else {
          client.execute(client.conversations().list(10, null));
        }
      });
      return new Outcome(failures, started.stats());
    }
  }

  private static long window(Instant serverTime) {
    return Math.floorDiv(serverTime.toEpochMilli(), WINDOW_MILLIS);
  }

  @Test
  @Timeout(60)
  void aSandboxClockSevenSecondsAheadCausesNo429s() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom())
        .clockOffset(Duration.ofSeconds(7)), 400);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures());
    assertEquals(0, stats.count429(), stats::toString);
    assertEquals(400, stats.admitted("app"), stats::toString);
    assertTrue(stats.maxAdmittedInAnyWindow("app") <= 166, stats::toString);
  }

  @Test
  @Timeout(60)
  void aLimitHalfTheDeclaredOneIsLearnedWithinOneWindow() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom(83)), 150);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures(), "every call succeeds, retried after a 429 if need be");
    assertEquals(150, stats.admitted("app"), stats::toString);
    assertTrue(stats.count429() <= 83, () -> "more than one window's worth of 429s: " + stats);
    List<LoggedRequest> log = stats.requests();
    long firstWindow = window(log.get(0).serverTime());
    for (LoggedRequest r : log) {
      if (r.status() == 429) {
        assertTrue(window(r.serverTime()) <= firstWindow + 1, () -> "still refused after adapting: " + r);
      }
    }
  }

  @Test
  @Timeout(60)
  void aLimitDoubleTheDeclaredOneIsLearnedAndUsed() throws Exception {
    Outcome o = listCalls(VendorSandbox.builder(VendorProfile.intercom(332)), 500);
    SandboxStats stats = o.stats();
    assertEquals(List.of(), o.failures());
    assertEquals(0, stats.count429(), stats::toString);
    // 500 calls at the learned 332 per 10 s span about 15 s, so some window holds at least
    // half of them; at the declared 166 none could hold more than 166.
    assertTrue(stats.maxAdmittedInAnyWindow("app") >= 200,
        () -> "throughput did not rise above the declared 166 per window: " + stats);
  }

  @Test
  @Timeout(30)
  void walksEveryContactPageAndSubmitsEventsAgainstTheSandbox() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start();
        IntercomClient client = clientFor(sandbox)) {
      List<String> ids = new ArrayList<>();
      for (Contact c : client.allContacts(2)) ids.add(c.id());
      client.execute(client.dataEvents().submit(
          DataEvent.builder("ran-a-test", Instant.ofEpochSecond(1717171717)).userId("u-1").build()));

      assertEquals(5, ids.size(), ids::toString);
      assertEquals(5, ids.stream().distinct().count(), ids::toString);
      SandboxStats stats = sandbox.stats();
      assertEquals(4, stats.admitted("app"), stats::toString); // three pages and one event
      for (LoggedRequest r : stats.requests()) {
        assertEquals("2.16", r.headers().get("Intercom-Version"));
        assertTrue(r.headers().get("Authorization").startsWith("redacted:"), r::toString);
      }
    }
  }

  /** One call to each endpoint issue 20 typed, in the order a support integration might make them. */
  private static final List<Function<IntercomClient, Call<?>>> ADDED_CALLS = List.of(
      c -> c.messages().create(MessageRequest.inApp("991201", "Hello").to(MessageRequest.Recipient.user("u1")).build()),
      c -> c.conversations().update("147000000001", null, ConversationUpdate.builder().read(true).build()),
      c -> c.conversations().attachContact("147000000001",
          CustomerRequest.attach("991201", CustomerRequest.Customer.email("user2@example.com"))),
      c -> c.conversations().detachContact("147000000001", "c2", CustomerRequest.detach("991201")),
      c -> c.conversations().redact(RedactRequest.part("147000000001", "91002")),
      c -> c.conversations().convertToTicket("147000000001", ConvertToTicketRequest.of("95")),
      c -> c.contacts().merge(MergeContactsRequest.of("lead-1", "user-1"), null),
      c -> c.contacts().companies("c1"),
      c -> c.contacts().segments("c1"),
      c -> c.contacts().subscriptions("c1"),
      c -> c.contacts().attachSubscription("c1", SubscriptionRequest.optIn("106")),
      c -> c.contacts().detachSubscription("c1", "106"),
      c -> c.companies().contacts("co1"),
      c -> c.companies().segments("co1"),
      c -> c.teams().list(),
      c -> c.teams().get("814865"),
      c -> c.segments().list(true),
      c -> c.segments().get("s1"),
      c -> c.subscriptionTypes().list(),
      c -> c.tickets().create(TicketRequest.builder("95", TicketRequest.ContactRef.id("c1")).build()),
      c -> c.tickets().get("631"),
      c -> c.tickets().update("631", TicketUpdate.builder().open(false).build()),
      c -> c.tickets().delete("631"),
      c -> c.tickets().search(SearchRequest.of(SearchQuery.field("open", SearchOperator.EQUALS, true))),
      c -> c.tickets().reply("631", ReplyRequest.adminComment("991201", "On it").build()),
      c -> c.tickets().attachTag("631", new AdminTagRequest("123451", "991201")),
      c -> c.tickets().detachTag("631", "123451", new AdminTagRequest(null, "991201")),
      c -> c.tickets().types(),
      c -> c.tickets().type("95"),
      c -> c.tickets().states(),
      c -> c.visitors().get("3ecf64d0"),
      c -> c.visitors().update(VisitorUpdate.nameByUserId("3ecf64d0", "Visitor 1")),
      c -> c.visitors().convert(ConvertVisitorRequest.toLead(
          ConvertVisitorRequest.Identifiers.userId("3ecf64d0"), ConvertVisitorRequest.Identifiers.email("v@example.com"))),
      c -> c.dataEvents().submitSummaries(new EventSummariesRequest("u-1",
          new EventSummariesRequest.Summary("ran-a-test", 2, Instant.ofEpochSecond(1717171717), null))));

  @Test
  @Timeout(30)
  void theSandboxServesEveryEndpointTypedForIssue20() throws Exception {
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start();
        IntercomClient client = clientFor(sandbox)) {
      for (Function<IntercomClient, Call<?>> call : ADDED_CALLS) client.execute(call.apply(client));
      Ticket ticket = client.execute(client.tickets().get("631"));
      List<String> tickets = new ArrayList<>();
      for (Ticket t : client.searchTickets(SearchQuery.field("open", SearchOperator.EQUALS, true), 2)) tickets.add(t.id());

      assertEquals("submitted", ticket.ticketState().category());
      assertEquals(3, tickets.size(), tickets::toString);
      SandboxStats stats = sandbox.stats();
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(ADDED_CALLS.size() + 2, stats.admitted("app"), stats::toString); // and one get, one search page
      for (LoggedRequest r : stats.requests()) assertEquals(200, r.status(), r::toString);
    }
  }

  @Test
  @Timeout(60)
  void aBurstOverTheNewEndpointsCausesNo429s() throws Exception {
    int calls = 250;
    try (VendorSandbox sandbox = VendorSandbox.builder(VendorProfile.intercom()).start();
        IntercomClient client = clientFor(sandbox)) {
      List<Throwable> failures = ConcurrentCalls.run(THREADS, calls,
          i -> client.execute(ADDED_CALLS.get(i % ADDED_CALLS.size()).apply(client)));
      SandboxStats stats = sandbox.stats();
      assertEquals(List.of(), failures);
      assertEquals(0, stats.count429(), stats::toString);
      assertEquals(calls, stats.admitted("app"), stats::toString);
      assertTrue(stats.maxAdmittedInAnyWindow("app") <= 166, stats::toString);
    }
  }
}
