package dev.pacer.esputnik;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.ContactActivity;
import dev.pacer.esputnik.model.ContactMessage;
import dev.pacer.vendor.support.AuthHeaderInterceptor;
import dev.pacer.vendor.support.Page;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import dev.pacer.vendor.support.VendorJson;
import dev.pacer.vendor.support.VendorRuntime;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import retrofit2.Call;

/**
 * A typed eSputnik (Yespo) client that keeps to eSputnik's published rate limits ({@link
 * EsputnikPolicy}). Thread-safe; share one per API key, because the rate-limit buckets live in it.
 *
 * <pre>{@code
 * try (EsputnikClient client = EsputnikClient.builder().apiKey(System.getenv("ESPUTNIK_KEY")).build()) {
 *   client.events().eventV2(EventV2.of("PageViewed", EventV2Param.of("email", "ann@example.com"))).execute();
 *   Contact c = client.execute(client.contacts().get(42L));
 *   for (Contact each : client.searchAllContacts(ContactSearch.all())) { ... }
 * }
 * }</pre>
 *
 * <p>Calls authenticate with HTTP Basic (the API key as password). Service methods return
 * Retrofit {@link Call}s: {@code execute()} and {@code enqueue()} are both paced, and {@code
 * enqueue()} never parks a thread while it waits. {@link #execute} and {@link #async} turn
 * non-2xx answers into {@link dev.pacer.vendor.support.ApiException} carrying an {@link
 * EsputnikError}.
 */
public final class EsputnikClient extends VendorClient {
  /**
   * eSputnik's documented base URL. An override (Yespo's {@code https://yespo.io/api/}, a proxy,
   * a sandbox) must likewise end in the path that precedes {@code v1/...}.
   */
  public static final HttpUrl DEFAULT_BASE_URL = HttpUrl.get("https://esputnik.com/api/");

  private final VendorRuntime runtime;
  private final ContactsApi contacts;
  private final EventsApi events;
  private final MessagesApi messages;
  private final AccountApi account;
  private final GroupsApi groups;
  private final OrdersApi orders;

  private EsputnikClient(VendorRuntime runtime) {
    super(runtime);
    this.runtime = runtime;
    this.contacts = runtime.create(ContactsApi.class);
    this.events = runtime.create(EventsApi.class);
    this.messages = runtime.create(MessagesApi.class);
    this.account = runtime.create(AccountApi.class);
    this.groups = runtime.create(GroupsApi.class);
    this.orders = runtime.create(OrdersApi.class);
  }

  /** A new builder; {@link Builder#apiKey} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Contact methods. */
  public ContactsApi contacts() {
    return contacts;
  }

  /** Event methods. */
  public EventsApi events() {
    return events;
  }

  /** Message methods. */
  public MessagesApi messages() {
    return messages;
  }

  /** Account methods. */
  public AccountApi account() {
    return account;
  }

  /** Segment (group) methods. */
  public GroupsApi groups() {
    return groups;
  }

  /** Order methods. */
  public OrdersApi orders() {
    return orders;
  }

  /** Every contact of segment {@code groupId}, fetched lazily 500 a page (shared 200/s). */
  public Iterable<Contact> groupContacts(int groupId) {
    return EsputnikPaging.byStartIndex(GroupsApi.MAX_ROWS,
        (start, max) -> groups.contacts(groupId, start, max, null, null), EsputnikError.PARSER);
  }

  /**
   * Every activity {@code query} selects, fetched lazily {@code pageSize} a page (1..25,000;
   * shared 200/s): each page continues after the {@link ContactActivity#offset()} of the last
   * activity of the page before, and a short page is the last.
   */
  public Iterable<ContactActivity> contactActivity(ContactActivityQuery query, int pageSize) {
    Objects.requireNonNull(query, "query == null");
    if (pageSize < 1 || pageSize > ContactsApi.MAX_ACTIVITY_ROWS) {
      throw new IllegalArgumentException("pageSize not in 1..25000: " + pageSize);
    }
    return Paging.byCursor(offset -> contacts.activity(query, offset, pageSize),
        (List<ContactActivity> page) -> new Page<>(page,
            page.size() < pageSize ? null : page.get(page.size() - 1).offset(), null),
        EsputnikError.PARSER);
  }

  /** Every contact {@code search} matches, fetched lazily 500 a page (limit: 50 pages/s). */
  public Iterable<Contact> searchAllContacts(ContactSearch search) {
    Objects.requireNonNull(search, "search == null");
    return EsputnikPaging.byStartIndex(ContactsApi.MAX_SEARCH_ROWS,
        (start, max) -> contacts.search(search, start, max), EsputnikError.PARSER);
  }

  /** Every message of the history {@code query} selects, fetched lazily 100 a page (limit: 10 pages/s). */
  public Iterable<ContactMessage> messageHistory(MessageHistoryQuery query) {
    Objects.requireNonNull(query, "query == null");
    return EsputnikPaging.byOffset(ContactsApi.MAX_HISTORY_ROWS,
        (offset, max) -> contacts.messageHistory(query, offset, max), EsputnikError.PARSER);
  }

  @Override
  public String toString() {
    return "EsputnikClient{" + runtime.baseUrl() + ", policy=" + policy().name() + "}";
  }

  /** Builds an {@link EsputnikClient}. Not thread-safe; {@link #build()} reads the settings once. */
  public static final class Builder extends VendorClientBuilder<Builder> {
    private String apiKey;
    private String user = "pacer";

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The API key (Settings → API in eSputnik); sent as the Basic-auth password. Required. */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) throw new IllegalArgumentException("apiKey is blank");
      this.apiKey = apiKey;
      return this;
    }

    /** The Basic-auth user name; eSputnik accepts any non-empty value. Default {@code pacer}. */
    public Builder user(String user) {
      Objects.requireNonNull(user, "user == null");
      if (user.isEmpty() || user.indexOf(':') >= 0) throw new IllegalArgumentException("user must be non-empty without ':': " + user);
      this.user = user;
      return this;
    }

    /** The client. */
    public EsputnikClient build() {
      if (apiKey == null) throw new IllegalStateException("apiKey is required");
      ObjectMapper mapper = VendorJson.newMapper();
      // eSputnik sends a one-element "results" or "failedContacts" array as a bare object.
      mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
      VendorRuntime runtime = buildRuntime(DEFAULT_BASE_URL, EsputnikPolicy.POLICY,
          AuthHeaderInterceptor.basic(user, apiKey), mapper, EsputnikError.PARSER);
      return new EsputnikClient(runtime);
    }
  }
}
