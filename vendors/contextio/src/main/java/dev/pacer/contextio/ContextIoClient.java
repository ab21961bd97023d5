package dev.pacer.contextio;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.Pacer;
import dev.pacer.contextio.model.Message;
import dev.pacer.contextio.model.User;
import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.OAuth1Signer;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import dev.pacer.vendor.support.VendorJson;
import dev.pacer.vendor.support.VendorRuntime;
import java.util.Objects;
import java.util.Random;
import okhttp3.HttpUrl;
import retrofit2.Call;

/**
 * A typed Context.IO Lite client that keeps to Context.IO's published rate limits ({@link
 * ContextIoPolicy}). Thread-safe; share one per developer key, because the rate-limit buckets
 * live in it.
 *
 * <pre>{@code
 * try (ContextIoClient client = ContextIoClient.builder()
 *     .consumerKey(System.getenv("CIO_KEY"))
 *     .consumerSecret(System.getenv("CIO_SECRET"))
 *     .build()) {
 *   for (User user : client.allUsers()) {
 *     for (Message m : client.allMessages(user.id(), "0", "INBOX", MessageOptions.none())) { ... }
 *   }
 *   try (ResponseBody raw = client.execute(client.messages().raw(id, "0", "INBOX", "<a1@example.com>"))) {
 *     raw.byteStream().transferTo(out);
 *   }
 * }
 * }</pre>
 *
 * <p>Every request is signed with two-legged OAuth 1.0a ({@code HMAC-SHA1}, the consumer key and
 * secret; {@link OAuth1Signer}); each transmission, retries included, gets its own nonce and
 * timestamp. Form bodies are signed with the rest. Service methods return Retrofit {@link Call}s:
 * {@code execute()} and {@code enqueue()} are both paced, and {@code enqueue()} never parks a
 * thread while it waits. {@link #execute} and {@link #async} turn non-2xx answers into {@link
 * dev.pacer.vendor.support.ApiException} carrying a {@link ContextIoError}.
 */
public final class ContextIoClient extends VendorClient {
  /** Context.IO Lite's documented base URL. An override must likewise end in {@code /lite/}'s place. */
  public static final HttpUrl DEFAULT_BASE_URL = HttpUrl.get("https://api.context.io/lite/");

  private final VendorRuntime runtime;
  private final UsersApi users;
  private final EmailAccountsApi emailAccounts;
  private final FoldersApi folders;
  private final MessagesApi messages;
  private final WebhooksApi webhooks;
  private final ConnectTokensApi connectTokens;
  private final DiscoveryApi discovery;

  private ContextIoClient(VendorRuntime runtime) {
    super(runtime);
    this.runtime = runtime;
    this.users = runtime.create(UsersApi.class);
    this.emailAccounts = runtime.create(EmailAccountsApi.class);
    this.folders = runtime.create(FoldersApi.class);
    this.messages = runtime.create(MessagesApi.class);
    this.webhooks = runtime.create(WebhooksApi.class);
    this.connectTokens = runtime.create(ConnectTokensApi.class);
    this.discovery = runtime.create(DiscoveryApi.class);
  }

  /** A new builder; {@link Builder#consumerKey} and {@link Builder#consumerSecret} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** User methods. */
  public UsersApi users() {
    return users;
  }

  /** Email account methods. */
  public EmailAccountsApi emailAccounts() {
    return emailAccounts;
  }

  /** Folder methods. */
  public FoldersApi folders() {
    return folders;
  }

  /** Message methods: Context.IO's calls to IMAP, limited per user. */
  public MessagesApi messages() {
    return messages;
  }

  /** User and application webhook methods. */
  public WebhooksApi webhooks() {
    return webhooks;
  }

  /** Connect token methods. */
  public ConnectTokensApi connectTokens() {
    return connectTokens;
  }

  /** IMAP settings discovery. */
  public DiscoveryApi discovery() {
    return discovery;
  }

  /** The Jackson mapper the client reads answers with. */
  public ObjectMapper mapper() {
    return runtime.mapper();
  }

  /** Every user, fetched lazily 100 a page (limit: 5,000/h per developer key). */
  public Iterable<User> allUsers() {
    return ContextIoPaging.byOffset(UsersApi.MAX_LIMIT, users::list, ContextIoError.PARSER);
  }

  /**
   * Every message of {@code folder}, fetched lazily 100 a page with what {@code options} asks to
   * include. Each page is one IMAP call (limits: 240/min for user {@code id}, 5,000/h per
   * developer key).
   */
  public Iterable<Message> allMessages(String id, String label, String folder, MessageOptions options) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(label, "label == null");
    Objects.requireNonNull(folder, "folder == null");
    Objects.requireNonNull(options, "options == null");
    return ContextIoPaging.byOffset(MessagesApi.MAX_LIMIT,
        (offset, limit) -> messages.list(id, label, folder, options, offset, limit), ContextIoError.PARSER);
  }

  @Override
  public String toString() {
    return "ContextIoClient{" + runtime.baseUrl() + ", policy=" + policy().name() + "}";
  }

  /** Builds a {@link ContextIoClient}. Not thread-safe; {@link #build()} reads the settings once. */
  public static final class Builder extends VendorClientBuilder<Builder> {
    private String consumerKey;
    private String consumerSecret;
    private String token;
    private String tokenSecret;
    private PacerClock clock = PacerClock.system();
    private Random nonces;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The OAuth consumer key (developer console, Settings). Required. */
    public Builder consumerKey(String consumerKey) {
      Objects.requireNonNull(consumerKey, "consumerKey == null");
      if (consumerKey.isBlank()) throw new IllegalArgumentException("consumerKey is blank");
      this.consumerKey = consumerKey;
      return this;
    }

    /** The OAuth consumer secret; it signs requests and is never sent. Required. */
    public Builder consumerSecret(String consumerSecret) {
      Objects.requireNonNull(consumerSecret, "consumerSecret == null");
      if (consumerSecret.isBlank()) throw new IllegalArgumentException("consumerSecret is blank");
      this.consumerSecret = consumerSecret;
      return this;
    }

    /** Signs three-legged with an access token and its secret; rarely needed. Default: two-legged. */
    public Builder accessToken(String token, String tokenSecret) {
      Objects.requireNonNull(token, "token == null");
      Objects.requireNonNull(tokenSecret, "tokenSecret == null");
      if (token.isBlank() || tokenSecret.isBlank()) throw new IllegalArgumentException("token or tokenSecret is blank");
      this.token = token;
      this.tokenSecret = tokenSecret;
      return this;
    }

    /** The clock Pacer paces by and {@code oauth_timestamp} is read from. */
    @Override
    public Builder clock(PacerClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return super.clock(clock);
    }

    /** Tests: the nonce source, seeded. */
    Builder nonces(Random random) {
      this.nonces = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** The client. */
    public ContextIoClient build() {
      if (consumerKey == null) throw new IllegalStateException("consumerKey is required");
      if (consumerSecret == null) throw new IllegalStateException("consumerSecret is required");
      OAuth1Signer.Builder signer = OAuth1Signer.builder(consumerKey, consumerSecret).clock(clock);
      if (token != null) signer.token(token, tokenSecret);
      if (nonces != null) signer.random(nonces);
      ObjectMapper mapper = VendorJson.newMapper();
      // Address fields arrive as one object where a list is usual.
      mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
      VendorRuntime runtime = buildSignedRuntime(DEFAULT_BASE_URL, ContextIoPolicy.POLICY, signer.build(), mapper,
          ContextIoError.PARSER);
      return new ContextIoClient(runtime);
    }
  }
}
