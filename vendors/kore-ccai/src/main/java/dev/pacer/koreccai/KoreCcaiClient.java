package dev.pacer.koreccai;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.Pacer;
import dev.pacer.koreccai.internal.Hs256Jwt;
import dev.pacer.koreccai.internal.KoreAuth;
import dev.pacer.koreccai.model.Agent;
import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignQuery;
import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.ConversationStatus;
import dev.pacer.koreccai.model.InteractionQuery;
import dev.pacer.koreccai.model.InteractionRecord;
import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.Skill;
import dev.pacer.koreccai.model.SkillGroup;
import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import dev.pacer.vendor.support.VendorJson;
import dev.pacer.vendor.support.VendorRuntime;
import java.time.Duration;
import java.util.Objects;
import retrofit2.Call;

/**
 * A typed Kore.ai Contact Center AI (CCAI, formerly SmartAssist) client that keeps to Kore's
 * published limit of 60 requests per minute per account ({@link KoreCcaiPolicy}). Thread-safe;
 * share one per account, because the account's bucket lives in it.
 *
 * <pre>{@code
 * try (KoreCcaiClient kore = KoreCcaiClient.builder()
 *     .clientId(System.getenv("KORE_CLIENT_ID"))
 *     .clientSecret(System.getenv("KORE_CLIENT_SECRET"))
 *     .accountId("65f1c0ffee00000000000001")
 *     .build()) {
 *   Agent agent = kore.execute(kore.agents().get("st-1234", "a-5678"));
 *   for (Queue q : kore.allQueues("st-1234", 50)) { ... }
 * }
 * }</pre>
 *
 * <p>Every request carries Kore's {@code auth} header, an HS256 JWT with claims {@code sub},
 * {@code appId} (the client ID), {@code iat} and {@code exp}, signed with the client secret; the
 * client signs a token when first needed and again once less than a fifth of its lifetime is
 * left. The token is added to each transmission by a network interceptor, for the base URL's
 * origin only, so it is never in {@code Request.toString()} and never reaches another host (see
 * {@link dev.pacer.vendor.support.VendorClientBuilder} on redirects). Every request also carries
 * the {@code accountId} header. Neither the secret nor a token
 * appears in {@link #toString()}, in exceptions, in Pacer's events or in bucket keys. Service
 * methods return Retrofit {@link Call}s: {@code execute()} and {@code enqueue()} are both paced,
 * and {@code enqueue()} never parks a thread while it waits. {@link #execute} and {@link #async}
 * turn non-2xx answers into {@link dev.pacer.vendor.support.ApiException} carrying a {@link
 * KoreCcaiError}.
 */
public final class KoreCcaiClient extends VendorClient {
  private final VendorRuntime runtime;
  private final KoreAuth auth;
  private final String accountId;
  private final AgentsApi agents;
  private final SkillsApi skills;
  private final AgentGroupsApi agentGroups;
  private final QueuesApi queues;
  private final ContactsApi contacts;
  private final ConversationsApi conversations;
  private final AnalyticsApi analytics;
  private final WfmApi wfm;
  private final HoursOfOperationApi hoursOfOperation;
  private final CampaignsApi campaigns;
  private final VoiceGatewayApi voiceGateway;
  private final ImportExportApi importExport;

  private KoreCcaiClient(VendorRuntime runtime, KoreAuth auth, String accountId) {
    super(runtime);
    this.runtime = runtime;
    this.auth = auth;
    this.accountId = accountId;
    this.agents = runtime.create(AgentsApi.class);
    this.skills = runtime.create(SkillsApi.class);
    this.agentGroups = runtime.create(AgentGroupsApi.class);
    this.queues = runtime.create(QueuesApi.class);
    this.contacts = runtime.create(ContactsApi.class);
    this.conversations = runtime.create(ConversationsApi.class);
    this.analytics = runtime.create(AnalyticsApi.class);
    this.wfm = runtime.create(WfmApi.class);
    this.hoursOfOperation = runtime.create(HoursOfOperationApi.class);
    this.campaigns = runtime.create(CampaignsApi.class);
    this.voiceGateway = runtime.create(VoiceGatewayApi.class);
    this.importExport = runtime.create(ImportExportApi.class);
  }

  /** A new builder; client ID, client secret and account ID are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Agent methods. */
  public AgentsApi agents() {
    return agents;
  }

  /** Skill group and skill methods. */
  public SkillsApi skills() {
    return skills;
  }

  /** Agent group methods. */
  public AgentGroupsApi agentGroups() {
    return agentGroups;
  }

  /** Queue methods. */
  public QueuesApi queues() {
    return queues;
  }

  /** Contact methods. */
  public ContactsApi contacts() {
    return contacts;
  }

  /** Conversation list methods. */
  public ConversationsApi conversations() {
    return conversations;
  }

  /** Analytics details report methods. */
  public AnalyticsApi analytics() {
    return analytics;
  }

  /** WFM integration methods. */
  public WfmApi wfm() {
    return wfm;
  }

  /** Hours of operation methods. */
  public HoursOfOperationApi hoursOfOperation() {
    return hoursOfOperation;
  }

  /** Campaign methods. */
  public CampaignsApi campaigns() {
    return campaigns;
  }

  /** Voice Gateway recording methods. */
  public VoiceGatewayApi voiceGateway() {
    return voiceGateway;
  }

  /** Import and export methods. */
  public ImportExportApi importExport() {
    return importExport;
  }

  /** The account this client calls for; its requests carry it as the {@code accountId} header. */
  public String accountId() {
    return accountId;
  }

  /** Every agent of organization {@code orgId}, page by page, lazily (each page: one of 60/min). */
  public Iterable<Agent> allAgents(String streamId, String orgId) {
    Objects.requireNonNull(streamId, "streamId == null");
    Objects.requireNonNull(orgId, "orgId == null");
    return KoreCcaiPaging.byPage(page -> agents.list(streamId, orgId, page, null), KoreCcaiError.PARSER);
  }

  /** Every skill group, {@code limit} a page, lazily (each page: one of 60/min). */
  public Iterable<SkillGroup> allSkillGroups(String streamId, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    checkLimit(limit);
    return KoreCcaiPaging.byPage(page -> skills.listGroups(streamId, page, limit), KoreCcaiError.PARSER);
  }

  /** Every skill of group {@code skillGroupId}, {@code limit} a page, lazily (each page: one of 60/min). */
  public Iterable<Skill> allSkills(String streamId, String skillGroupId, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    Objects.requireNonNull(skillGroupId, "skillGroupId == null");
    checkLimit(limit);
    return KoreCcaiPaging.byPage(page -> skills.list(streamId, skillGroupId, page, limit), KoreCcaiError.PARSER);
  }

  /** Every queue, {@code limit} a page, lazily (each page: one of 60/min). */
  public Iterable<Queue> allQueues(String streamId, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    checkLimit(limit);
    return KoreCcaiPaging.byPage(page -> queues.list(streamId, page, limit), KoreCcaiError.PARSER);
  }

  /**
   * Every conversation in {@code status} (null for all), {@code limit} a page, lazily (each page:
   * one of 60/min).
   */
  public Iterable<Conversation> allConversations(String streamId, ConversationStatus status, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    checkLimit(limit);
    return KoreCcaiPaging.bySkip(limit,
        skip -> conversations.list(streamId, skip, limit, null, status, null, null), KoreCcaiError.PARSER);
  }

  /**
   * Every interaction of {@code query}'s window for this client's account, {@code limit} (1..100)
   * a page, lazily, up to Kore's 11 pages (each page: one of 60/min).
   */
  public Iterable<InteractionRecord> allInteractionDetails(String streamId, InteractionQuery query, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    Objects.requireNonNull(query, "query == null");
    return KoreCcaiPaging.byPageOffset(limit,
        offset -> analytics.interactionDetails(accountId, streamId, offset, limit, query), KoreCcaiError.PARSER);
  }

  /**
   * Every call of {@code query}'s window for this client's account, {@code limit} (1..100) a page,
   * lazily, up to Kore's 11 pages (each page: one of 60/min).
   */
  public Iterable<InteractionRecord> allCallDetails(String streamId, InteractionQuery query, int limit) {
    Objects.requireNonNull(streamId, "streamId == null");
    Objects.requireNonNull(query, "query == null");
    return KoreCcaiPaging.byPageOffset(limit,
        offset -> analytics.callDetails(accountId, streamId, offset, limit, query), KoreCcaiError.PARSER);
  }

  /** Every campaign {@code query} selects, from its first page on, lazily (each page: one of 60/min). */
  public Iterable<Campaign> allCampaigns(String streamId, CampaignQuery query) {
    Objects.requireNonNull(streamId, "streamId == null");
    Objects.requireNonNull(query, "query == null");
    return KoreCcaiPaging.byPage(page -> campaigns.list(streamId, accountId, query.page(page)),
        envelope -> envelope.data(), KoreCcaiError.PARSER);
  }

  private static void checkLimit(int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
  }

  @Override
  public String toString() {
    return "KoreCcaiClient{" + runtime.baseUrl() + ", policy=" + policy().name() + ", " + auth + "}";
  }

  /**
   * Builds a {@link KoreCcaiClient}. Defaults: {@link KoreCcaiRegion#US}, {@link
   * KoreCcaiPolicy#POLICY}, {@link KoreCcaiPolicy#RETRY}, JWT subject {@code pacer}, token
   * lifetime one hour. Not thread-safe; {@link #build()} reads the settings once.
   */
  public static final class Builder extends VendorClientBuilder<Builder> {
    private String clientId;
    private String clientSecret;
    private String accountId;
    private String subject = "pacer";
    private Duration tokenLifetime = Duration.ofHours(1);
    private KoreCcaiRegion region = KoreCcaiRegion.US;
    private PacerClock clock = PacerClock.system();

    private Builder() {
      retry(KoreCcaiPolicy.RETRY);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The JWT app's client ID ({@code cs-...}), sent as the {@code appId} claim. Required. */
    public Builder clientId(String clientId) {
      this.clientId = checkToken("clientId", clientId);
      return this;
    }

    /** The JWT app's client secret; it signs the tokens and is never sent or shown. Required. */
    public Builder clientSecret(String clientSecret) {
      Objects.requireNonNull(clientSecret, "clientSecret == null");
      if (clientSecret.isEmpty()) throw new IllegalArgumentException("clientSecret is empty");
      this.clientSecret = clientSecret;
      return this;
    }

    /** The account ID (24 hex digits), sent as the {@code accountId} header. Required. */
    public Builder accountId(String accountId) {
      this.accountId = checkToken("accountId", accountId);
      return this;
    }

    /** The JWT's {@code sub} claim; Kore accepts any value. Default {@code pacer}. */
    public Builder subject(String subject) {
      Objects.requireNonNull(subject, "subject == null");
      if (subject.isBlank()) throw new IllegalArgumentException("subject is blank");
      this.subject = subject;
      return this;
    }

    /** How long each signed token is valid ({@code exp - iat}), at least 1 minute. Default 1 hour. */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime == null");
      if (lifetime.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("tokenLifetime < 1 minute: " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** The Kore cloud to call; {@link #baseUrl(String)} overrides it. Default {@link KoreCcaiRegion#US}. */
    public Builder region(KoreCcaiRegion region) {
      this.region = Objects.requireNonNull(region, "region == null");
      return this;
    }

    /** The clock Pacer paces by and tokens are dated by; tests pass a {@link dev.pacer.time.ManualClock}. */
    @Override
    public Builder clock(PacerClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return super.clock(clock);
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when the client ID, client secret or account ID is missing
     */
    public KoreCcaiClient build() {
      if (clientId == null) throw new IllegalStateException("clientId is required");
      if (clientSecret == null) throw new IllegalStateException("clientSecret is required");
      if (accountId == null) throw new IllegalStateException("accountId is required");
      ObjectMapper mapper = VendorJson.newMapper();
      KoreAuth auth = new KoreAuth(new Hs256Jwt(clientSecret, mapper), clientId, subject, accountId,
          tokenLifetime, clock);
      VendorRuntime runtime = buildRuntime(region.baseUrl(), KoreCcaiPolicy.POLICY, auth, auth, mapper,
          KoreCcaiError.PARSER);
      return new KoreCcaiClient(runtime, auth, accountId);
    }

    private static String checkToken(String what, String value) {
      Objects.requireNonNull(value, what + " == null");
      if (value.isBlank()) throw new IllegalArgumentException(what + " is blank");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c <= 0x20 || c >= 0x7f) throw new IllegalArgumentException(what + " has an illegal character at index " + i);
      }
      return value;
    }

    @Override
    public String toString() {
      return "KoreCcaiClient.Builder{region=" + region + ", " + super.toString() + "}";
    }
  }
}
