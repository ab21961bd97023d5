package dev.pacer.samples.cli;

import dev.pacer.esputnik.ContactSearch;
import dev.pacer.esputnik.EsputnikClient;
import dev.pacer.esputnik.MessageHistoryQuery;
import dev.pacer.esputnik.model.EventV2Param;
import dev.pacer.esputnik.model.PastEventV2;
import dev.pacer.esputnik.model.PastEventsV2;
import dev.pacer.intercom.IntercomClient;
import dev.pacer.nylas.NylasAccount;
import dev.pacer.nylas.NylasClient;
import java.io.Closeable;
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
 * The demo bursts: about three seconds of each vendor's limits for eSputnik and Nylas, and for
 * Intercom, whose limit is counted per 10 seconds, a little more than one window's worth (it
 * takes some 12 seconds to send without a 429).
 */
final class Demos {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  private Demos() {}

  // --- eSputnik -------------------------------------------------------------------------------

  private static final String ESPUTNIK_KEY = "demo-api-key";
  private static final String ESPUTNIK_AUTH = Credentials.basic("pacer", ESPUTNIK_KEY);

  static final Demo<EsputnikClient> ESPUTNIK = new Demo<EsputnikClient>(
      (base, http, listener) -> EsputnikClient.builder()
          .apiKey(ESPUTNIK_KEY).baseUrl(base).okHttpClient(http).listener(listener).build(),
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
      (base, http, listener) -> IntercomClient.builder()
          .accessToken(INTERCOM_TOKEN).baseUrl(base).okHttpClient(http).listener(listener).build(),
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
      (base, http, listener) -> {
        NylasClient client = NylasClient.builder().baseUrl(base).okHttpClient(http).listener(listener).build();
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
}
