package dev.pacer.intercom;

import dev.pacer.intercom.internal.IntercomHeaders;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.Conversation;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.vendor.support.ApiException;
import dev.pacer.vendor.support.AuthHeaderInterceptor;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import dev.pacer.vendor.support.VendorRuntime;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import retrofit2.Call;

/**
 * A typed, rate-limited client for Intercom's REST API (version 2.16 by default). Every call
 * from every service of one client draws on the app's one bucket, paced by {@link
 * IntercomPolicy} and corrected by the {@code X-RateLimit-*} headers of each response. Thread-safe;
 * share one per access token and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (IntercomClient intercom = IntercomClient.builder()
 *     .accessToken(System.getenv("INTERCOM_TOKEN"))
 *     .region(IntercomRegion.EU)
 *     .build()) {
 *   Contact ada = intercom.execute(intercom.contacts().create(
 *       ContactRequest.builder().role("user").email("ada@example.com").build()));
 *   for (Conversation c : intercom.allConversations(150)) {
 *     System.out.println(c.id() + " " + c.state());
 *   }
 * }
 * }</pre>
 *
 * <p>Each service method returns a Retrofit {@link Call}: {@link #execute(Call)} runs it and
 * throws an {@link ApiException} carrying an {@link IntercomError} for a non-2xx answer; {@link
 * #async(Call)} does the same without blocking a thread, waiting for permits on a timer.
 */
public final class IntercomClient extends VendorClient {
  /** The API version sent by default in {@code Intercom-Version}. */
  public static final String DEFAULT_VERSION = "2.16";

  private final VendorRuntime runtime;
  private final String version;
  private final ContactsApi contacts;
  private final ConversationsApi conversations;
  private final CompaniesApi companies;
  private final AdminsApi admins;
  private final TagsApi tags;
  private final NotesApi notes;
  private final DataEventsApi dataEvents;
  private final DataAttributesApi dataAttributes;
  private final ArticlesApi articles;
  private final MessagesApi messages;
  private final TeamsApi teams;
  private final SegmentsApi segments;
  private final SubscriptionTypesApi subscriptionTypes;
  private final TicketsApi tickets;
  private final VisitorsApi visitors;

  private IntercomClient(VendorRuntime runtime, String version) {
    super(runtime);
    this.runtime = runtime;
    this.version = version;
    this.contacts = runtime.create(ContactsApi.class);
    this.conversations = runtime.create(ConversationsApi.class);
    this.companies = runtime.create(CompaniesApi.class);
    this.admins = runtime.create(AdminsApi.class);
    this.tags = runtime.create(TagsApi.class);
    this.notes = runtime.create(NotesApi.class);
    this.dataEvents = runtime.create(DataEventsApi.class);
    this.dataAttributes = runtime.create(DataAttributesApi.class);
    this.articles = runtime.create(ArticlesApi.class);
    this.messages = runtime.create(MessagesApi.class);
    this.teams = runtime.create(TeamsApi.class);
    this.segments = runtime.create(SegmentsApi.class);
    this.subscriptionTypes = runtime.create(SubscriptionTypesApi.class);
    this.tickets = runtime.create(TicketsApi.class);
    this.visitors = runtime.create(VisitorsApi.class);
  }

  /** A builder; {@link Builder#accessToken(String)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Contacts (users and leads). */
  public ContactsApi contacts() {
    return contacts;
  }

  /** Conversations. */
  public ConversationsApi conversations() {
    return conversations;
  }

  /** Companies. */
  public CompaniesApi companies() {
    return companies;
  }

  /** Admins (teammates) and {@code /me}. */
  public AdminsApi admins() {
    return admins;
  }

  /** Tags. */
  public TagsApi tags() {
    return tags;
  }

  /** Notes on contacts. */
  public NotesApi notes() {
    return notes;
  }

  /** Data events. */
  public DataEventsApi dataEvents() {
    return dataEvents;
  }

  /** Data attributes of contacts and companies. */
  public DataAttributesApi dataAttributes() {
    return dataAttributes;
  }

  /** Help Center articles. */
  public ArticlesApi articles() {
    return articles;
  }

  /** Messages admins send to contacts (in-app and email). */
  public MessagesApi messages() {
    return messages;
  }

  /** Teams of admins. */
  public TeamsApi teams() {
    return teams;
  }

  /** Segments of contacts. */
  public SegmentsApi segments() {
    return segments;
  }

  /** Subscription types (what contacts opt in to or out of). */
  public SubscriptionTypesApi subscriptionTypes() {
    return subscriptionTypes;
  }

  /** Tickets. */
  public TicketsApi tickets() {
    return tickets;
  }

  /** Visitors (people not yet contacts). */
  public VisitorsApi visitors() {
    return visitors;
  }

  /** The API version sent in {@code Intercom-Version}. */
  public String version() {
    return version;
  }

  /**
   * Every contact of the workspace, fetched lazily {@code perPage} (1 to 150) at a time with
   * the {@code starting_after} cursor. Each {@code iterator()} starts over. A failed page ends
   * iteration with an {@link java.io.UncheckedIOException} wrapping the {@link IOException}.
   */
  public Iterable<Contact> allContacts(int perPage) {
    checkPerPage(perPage);
    return Paging.byCursor(cursor -> contacts.list(perPage, cursor), IntercomList::toPage, runtime.errors());
  }

  /** Every conversation, fetched lazily {@code perPage} (1 to 150) at a time; as {@link #allContacts(int)}. */
  public Iterable<Conversation> allConversations(int perPage) {
    checkPerPage(perPage);
    return Paging.byCursor(cursor -> conversations.list(perPage, cursor), IntercomList::toPage, runtime.errors());
  }

  /** Every contact matching {@code query}, fetched lazily {@code perPage} (1 to 150) at a time. */
  public Iterable<Contact> searchContacts(SearchQuery query, int perPage) {
    return search(query, perPage, contacts::search);
  }

  /** Every conversation matching {@code query}, fetched lazily {@code perPage} (1 to 150) at a time. */
  public Iterable<Conversation> searchConversations(SearchQuery query, int perPage) {
    return search(query, perPage, conversations::search);
  }

  /** Every ticket matching {@code query}, fetched lazily {@code perPage} (1 to 150) at a time. */
  public Iterable<Ticket> searchTickets(SearchQuery query, int perPage) {
    return search(query, perPage, tickets::search);
  }

  private <T> Iterable<T> search(SearchQuery query, int perPage, Function<SearchRequest, Call<IntercomList<T>>> search) {
    Objects.requireNonNull(query, "query == null");
    checkPerPage(perPage);
    SearchRequest first = SearchRequest.of(query);
    return Paging.byCursor(cursor -> search.apply(first.withPage(perPage, cursor)), IntercomList::toPage, runtime.errors());
  }

  private static void checkPerPage(int perPage) {
    if (perPage < 1 || perPage > 150) throw new IllegalArgumentException("perPage not in [1, 150]: " + perPage);
  }

  @Override
  public String toString() {
    return "IntercomClient{" + runtime.baseUrl() + ", version=" + version + "}";
  }

  /**
   * Builds an {@link IntercomClient}. Not thread-safe; {@link #build()} reads the settings once.
   * Defaults: region {@link IntercomRegion#US}, version {@value IntercomClient#DEFAULT_VERSION},
   * policy {@link IntercomPolicy#standard()}; see {@link VendorClientBuilder} for the rest.
   */
  public static final class Builder extends VendorClientBuilder<Builder> {
    private String accessToken;
    private IntercomRegion region = IntercomRegion.US;
    private String version = DEFAULT_VERSION;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The access token (a private app's token or an OAuth token), sent as {@code Authorization: Bearer}. */
    public Builder accessToken(String accessToken) {
      Objects.requireNonNull(accessToken, "accessToken == null");
      if (accessToken.isBlank()) throw new IllegalArgumentException("accessToken is blank");
      this.accessToken = accessToken;
      return this;
    }

    /** The workspace's data region; {@link #baseUrl(String)} overrides it. */
    public Builder region(IntercomRegion region) {
      this.region = Objects.requireNonNull(region, "region == null");
      return this;
    }

    /**
     * The API version sent in {@code Intercom-Version}, as a string such as {@code "2.16"} or
     * {@code "Preview"}. The models are typed after 2.16; other versions may differ.
     */
    public Builder version(String version) {
      Objects.requireNonNull(version, "version == null");
      if (version.isEmpty()) throw new IllegalArgumentException("version is empty");
      for (int i = 0; i < version.length(); i++) {
        char c = version.charAt(i);
        if (c <= ' ' || c >= 0x7f) throw new IllegalArgumentException("version has an illegal character: " + version);
      }
      this.version = version;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no access token was set
     */
    public IntercomClient build() {
      if (accessToken == null) throw new IllegalStateException("accessToken is required");
      IntercomHeaders headers = new IntercomHeaders(AuthHeaderInterceptor.bearer(accessToken), version);
      VendorRuntime runtime = buildRuntime(
          region.baseUrl(), IntercomPolicy.standard(), headers, null, IntercomErrorParser.INSTANCE);
      return new IntercomClient(runtime, version);
    }

    @Override
    public String toString() {
      return "IntercomClient.Builder{region=" + region + ", version=" + version
          + ", accessToken=" + (accessToken == null ? "unset" : "██") + ", " + super.toString() + "}";
    }
  }
}
