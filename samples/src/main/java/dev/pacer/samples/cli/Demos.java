package dev.pacer.samples.cli;

import dev.pacer.esputnik.ContactSearch;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.MessageHistoryQuery;
import dev.pacer.esputnik.model.EventV2Param;
import dev.pacer.esputnik.model.PastEventV2;
import dev.pacer.esputnik.model.PastEventsV2;
import dev.pacer.contextio.ContextIoClient;
import dev.pacer.contextio.ContextIoPolicy;
import dev.pacer.contextio.MessageOptions;
import dev.pacer.intercom.IntercomClient;
import dev.pacer.koreccai.KoreCcaiClient;
import dev.pacer.koreccai.KoreCcaiPolicy;
import dev.pacer.nylas.NylasAccount;
import dev.pacer.nylas.NylasClient;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import java.io.Closeable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The demo bursts: about three seconds of each vendor's limits for eSputnik and Nylas; for
 * Intercom, whose limit is counted per 10 seconds, a little more than one window's worth (it
 * takes some 12 seconds to send without a 429); for Kore.ai and Context.IO, whose limits are
 * counted per minute, some two and a half minutes of the limit on a clock {@value #PER_MINUTE_SPEED_UP}
 * times as fast as real time (about 13 and 7 seconds).
 */
final class Demos {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  private Demos() {}

  /** How many times as fast as real time the per-minute demos run: Kore's minute takes 5 s. */
  static final int PER_MINUTE_SPEED_UP = 12;

  /**
   * {@code policy} with a safety margin for a clock {@code speedUp} times as fast: 50 ms of real
   * delay between Pacer letting a call go and the sandbox counting it is {@code speedUp} times as
   * long on that clock.
   */
  private static RateLimitPolicy sped(RateLimitPolicy policy, int speedUp) {
    return policy.toBuilder().safetyMargin(Duration.ofMillis(50L * speedUp)).build();
  }

  // --- eSputnik -------------------------------------------------------------------------------

  private static final String ESPUTNIK_KEY = "demo-api-key";
  private static final String ESPUTNIK_AUTH = Credentials.basic("pacer", ESPUTNIK_KEY);

  static final Demo<EsputnikClient> ESPUTNIK = new Demo<EsputnikClient>(
      (base, http, listener, clock) -> EsputnikClient.builder()
          .apiKey(ESPUTNIK_KEY).baseUrl(base).okHttpClient(http).listener(listener).clock(clock).build(),
      List.of(
          new Demo.Step<EsputnikClient>("past-event batches (v2/past_events)", "100/s", 300,
              (c, i) -> c.async(c.events().pastEventsV2(pastEvents(i))),
              (base, i) -> esputnik(base, "v2/past_events").post(RequestBody.create(pastEventsJson(i), JSON)).build()),
          new Demo.Step<EsputnikClient>("contact searches (v1/contacts)", "50/s", 150,
              (c, i) -> c.async(c.contacts().search(ContactSearch.all(), 1, 10)),
              (base, i) -> esputnik(base, "v1/contacts?startindex=1&maxrows=10").build()),
          new Demo.Step<EsputnikClient>("message-history reads (v2/contacts/messages)", "10/s", 30,
              (c, i) -> c.async(c.contacts().messageHistory(MessageHistoryQuery.forContact(300_001 + i % 3, FROM, TO), 0, 100)),
              (base, i) -> esputnik(base, "v2/contacts/messages?contactId=" + (300_001 + i % 3)
                  + "&dateFrom=" + FROM + "&dateTo=" + TO + "&offset=0&maxrows=100").build()),
          new Demo.Step<EsputnikClient>("contact reads (v1/contact/{id})", "200/s shared", 600,
              (c, i) -> c.async(c.contacts().get(300_001 + i % 3)),
              (base, i) -> esputnik(base, "v1/contact/" + (300_001 + i % 3)).build())));

  private static Request.Builder esputnik(HttpUrl base, String path) {
    return new Request.Builder().url(base.resolve(path)).header("Authorization", ESPUTNIK_AUTH);
  }

  private static PastEventsV2 pastEvents(int batch) {
    List<PastEventV2> events = new ArrayList<>();
    for (int i = batch * 10; i < batch * 10 + 10; i++) {
      events.add(new PastEventV2("orderPlaced", "order-" + i,
          List.of(EventV2Param.of("email", "customer" + (i % 500) + "@example.com")), FROM.plusDays(i % 90).toString()));
    }
    return new PastEventsV2(events);
  }

  private static String pastEventsJson(int batch) {
    StringBuilder json = new StringBuilder("{\"events\":[");
    for (int i = batch * 10; i < batch * 10 + 10; i++) {
      if (i > batch * 10) json.append(',');
      json.append("{\"eventTypeKey\":\"orderPlaced\",\"keyValue\":\"order-").append(i)
          .append("\",\"params\":[{\"name\":\"email\",\"value\":\"customer").append(i % 500)
          .append("@example.com\"}],\"occurred\":\"").append(FROM.plusDays(i % 90)).append("\"}");
    }
    return json.append("]}").toString();
  }

  // --- Intercom -------------------------------------------------------------------------------

  private static final String INTERCOM_TOKEN = "demo-access-token";

  static final Demo<IntercomClient> INTERCOM = new Demo<IntercomClient>(
      (base, http, listener, clock) -> IntercomClient.builder()
          .accessToken(INTERCOM_TOKEN).baseUrl(base).okHttpClient(http).listener(listener).clock(clock).build(),
      List.of(
          new Demo.Step<IntercomClient>("contact list pages (contacts)", "166 per 10 s, all calls", 100,
              (c, i) -> c.async(c.contacts().list(50, null)),
              (base, i) -> intercom(base, "contacts?per_page=50").build()),
          new Demo.Step<IntercomClient>("contact reads (contacts/{id})", "same bucket", 60,
              (c, i) -> c.async(c.contacts().get(String.format("6762f0a1b2c3d4e5f6a7b%03d", 1 + i % 5))),
              (base, i) -> intercom(base, String.format("contacts/6762f0a1b2c3d4e5f6a7b%03d", 1 + i % 5)).build()),
          new Demo.Step<IntercomClient>("conversation list pages (conversations)", "same bucket", 40,
              (c, i) -> c.async(c.conversations().list(20, null)),
              (base, i) -> intercom(base, "conversations?per_page=20").build())));

  private static Request.Builder intercom(HttpUrl base, String path) {
    return new Request.Builder().url(base.resolve(path))
        .header("Authorization", "Bearer " + INTERCOM_TOKEN)
        .header("Intercom-Version", IntercomClient.DEFAULT_VERSION)
        .header("Accept", "application/json");
  }

  // --- Nylas ----------------------------------------------------------------------------------

  private static final List<String> NYLAS_TOKENS = List.of("demo-account-1", "demo-account-2", "demo-account-3");

  /** A Nylas client and the three demo accounts it serves. */
  record NylasAccounts(NylasClient client, List<NylasAccount> accounts) implements Closeable {
    NylasAccount account(int i) {
      return accounts.get(i % accounts.size());
    }

    @Override
    public void close() {
      client.close();
    }
  }

  static final Demo<NylasAccounts> NYLAS = new Demo<NylasAccounts>(
      (base, http, listener, clock) -> {
        NylasClient client = NylasClient.builder()
            .baseUrl(base).okHttpClient(http).listener(listener).clock(clock).build();
        List<NylasAccount> accounts = new ArrayList<>();
        for (String token : NYLAS_TOKENS) accounts.add(client.account(token));
        return new NylasAccounts(client, accounts);
      },
      List.of(
          new Demo.Step<NylasAccounts>("message reads, 3 accounts (messages/{id})", "50/s per account, 5 in flight", 300,
              (n, i) -> n.client().async(n.account(i).messages().get("msg" + (i % 4))),
              (base, i) -> nylas(base, "messages/msg" + (i % 4), i).build()),
          new Demo.Step<NylasAccounts>("thread lists, 3 accounts (threads)", "50/s per account, 5 in flight", 150,
              (n, i) -> n.client().async(n.account(i).threads().list(Map.of("limit", "10"))),
              (base, i) -> nylas(base, "threads?limit=10", i).build()),
          new Demo.Step<NylasAccounts>("contact lists, 3 accounts (contacts)", "50/s per account, 5 in flight", 150,
              (n, i) -> n.client().async(n.account(i).contacts().list(Map.of("limit", "10"))),
              (base, i) -> nylas(base, "contacts?limit=10", i).build())));

  private static Request.Builder nylas(HttpUrl base, String path, int i) {
    return new Request.Builder().url(base.resolve(path))
        .header("Authorization", "Bearer " + NYLAS_TOKENS.get(i % NYLAS_TOKENS.size()));
  }

  // --- Kore.ai Contact Center AI -------------------------------------------------------------

  private static final List<String> KORE_ACCOUNTS =
      List.of("65f1c0ffee00000000000001", "65f1c0ffee00000000000002", "65f1c0ffee00000000000003");
  private static final String KORE_STREAM = "st-5e1f0c2a";
  private static final String KORE_ORG = "o-7d1e2f3a";

  /** One Kore client per account (each holds its account's bucket). */
  record KoreAccounts(List<KoreCcaiClient> clients) implements Closeable {
    KoreCcaiClient client(int i) {
      return clients.get(i % clients.size());
    }

    @Override
    public void close() {
      for (KoreCcaiClient client : clients) client.close();
    }
  }

  static final Demo<KoreAccounts> KORE = new Demo<KoreAccounts>(
      (base, http, listener, clock) -> {
        List<KoreCcaiClient> clients = new ArrayList<>();
        for (String account : KORE_ACCOUNTS) {
          clients.add(KoreCcaiClient.builder()
              .clientId("cs-demo-client").clientSecret("demo-client-secret").accountId(account)
              .baseUrl(base).okHttpClient(http).listener(listener).clock(clock)
              .policy(sped(KoreCcaiPolicy.POLICY, PER_MINUTE_SPEED_UP))
              .maxWait(Duration.ofMinutes(10))
              .build());
        }
        return new KoreAccounts(clients);
      },
      List.of(
          new Demo.Step<KoreAccounts>("agent reads, 3 accounts (agents/{agentId})", "60/min per account, shared", 240,
              (k, i) -> k.client(i).async(k.client(i).agents().get(KORE_STREAM, "a-00" + (1 + i % 9))),
              (base, i) -> kore(base, "agentassist/api/v1/public/" + KORE_STREAM + "/agents/a-00" + (1 + i % 9), i).build()),
          new Demo.Step<KoreAccounts>("queue lists, 3 accounts (queues)", "same bucket", 120,
              (k, i) -> k.client(i).async(k.client(i).queues().list(KORE_STREAM, 1, 10)),
              (base, i) -> kore(base, "agentassist/api/v1/public/" + KORE_STREAM + "/queues?page=1&limit=10", i).build()),
          new Demo.Step<KoreAccounts>("agent lists, 3 accounts (organizations/{orgId}/agents)", "same bucket", 90,
              (k, i) -> k.client(i).async(k.client(i).agents().list(KORE_STREAM, KORE_ORG, 1, null)),
              (base, i) -> kore(base, "agentassist/api/v1/public/" + KORE_STREAM + "/organizations/" + KORE_ORG
                  + "/agents?page=1", i).build())),
      PER_MINUTE_SPEED_UP, null,
      "Kore.ai allows each account 60 requests a minute. The sandbox and the client share a clock "
          + PER_MINUTE_SPEED_UP + " times as fast as real time, so one of Kore's minutes passes in "
          + (60 / PER_MINUTE_SPEED_UP) + " s.");

  private static Request.Builder kore(HttpUrl base, String path, int i) {
    return new Request.Builder().url(base.resolve(path))
        .header("auth", "demo-unsigned-token")
        .header("accountId", KORE_ACCOUNTS.get(i % KORE_ACCOUNTS.size()));
  }

  // --- Context.IO -----------------------------------------------------------------------------

  /** The demo's developer key: one whose hourly limit Context.IO raised, so the IMAP limit binds. */
  static final int CONTEXT_IO_CALLS_PER_HOUR = 60_000;
  private static final String CONTEXT_IO_KEY = "demo-consumer-key";
  private static final List<String> CONTEXT_IO_USERS =
      List.of("5f0a1b2c3d4e5f6a7b8c9d01", "5f0a1b2c3d4e5f6a7b8c9d02", "5f0a1b2c3d4e5f6a7b8c9d03");

  static final Demo<ContextIoClient> CONTEXT_IO = new Demo<ContextIoClient>(
      (base, http, listener, clock) -> ContextIoClient.builder()
          .consumerKey(CONTEXT_IO_KEY).consumerSecret("demo-consumer-secret")
          .baseUrl(base).okHttpClient(http).listener(listener).clock(clock)
          .policy(sped(ContextIoPolicy.withDeveloperRate(Rate.perHour(CONTEXT_IO_CALLS_PER_HOUR)), PER_MINUTE_SPEED_UP))
          .maxWait(Duration.ofMinutes(10))
          .build(),
      List.of(
          new Demo.Step<ContextIoClient>("message lists, 3 users (folders/INBOX/messages)", "240/min per user, IMAP", 450,
              (c, i) -> c.async(c.messages().list(contextIoUser(i), "0", "INBOX", MessageOptions.none(), 0, 20)),
              (base, i) -> contextIo(base, "users/" + contextIoUser(i) + "/email_accounts/0/folders/INBOX/messages"
                  + "?offset=0&limit=20").build()),
          new Demo.Step<ContextIoClient>("message reads, 3 users (messages/{message_id})", "same IMAP bucket", 300,
              (c, i) -> c.async(c.messages().get(contextIoUser(i), "0", "INBOX", "<m" + i + "@example.com>",
                  MessageOptions.none())),
              (base, i) -> contextIo(base, "users/" + contextIoUser(i) + "/email_accounts/0/folders/INBOX/messages/"
                  + "%3Cm" + i + "%40example.com%3E").build()),
          new Demo.Step<ContextIoClient>("folder lists, 3 users (folders)", "same IMAP bucket", 150,
              (c, i) -> c.async(c.folders().list(contextIoUser(i), "0", null)),
              (base, i) -> contextIo(base, "users/" + contextIoUser(i) + "/email_accounts/0/folders").build())),
      PER_MINUTE_SPEED_UP, () -> VendorProfile.contextIo(CONTEXT_IO_CALLS_PER_HOUR),
      "Context.IO allows each user 240 calls to IMAP a minute (messages and folders), and this developer key "
          + CONTEXT_IO_CALLS_PER_HOUR + " calls an hour. The sandbox and the client share a clock "
          + PER_MINUTE_SPEED_UP + " times as fast as real time, so one of Context.IO's minutes passes in "
          + (60 / PER_MINUTE_SPEED_UP) + " s.");

  private static String contextIoUser(int i) {
    return CONTEXT_IO_USERS.get(i % CONTEXT_IO_USERS.size());
  }

  private static Request.Builder contextIo(HttpUrl base, String path) {
    return new Request.Builder().url(base.resolve(path))
        .header("Authorization", "OAuth oauth_consumer_key=\"" + CONTEXT_IO_KEY + "\", oauth_signature_method=\"HMAC-SHA1\"");
  }
}
