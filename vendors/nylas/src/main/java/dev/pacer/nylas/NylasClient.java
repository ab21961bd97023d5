package dev.pacer.nylas;

import dev.pacer.nylas.internal.AuthorizingCallFactory;
import dev.pacer.nylas.internal.DeltaTimeoutInterceptor;
import dev.pacer.vendor.support.VendorClient;
import dev.pacer.vendor.support.VendorClientBuilder;
import dev.pacer.vendor.support.VendorRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Credentials;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * A paced client for Nylas API v2 that serves one application and any number of its connected
 * accounts. Every account and the application share one {@link dev.pacer.Pacer} (so the
 * application-wide limits hold across accounts), one connection pool and one timer; each
 * account's calls carry its own access token, so its per-account limits are its own.
 *
 * <pre>{@code
 * NylasClient nylas = NylasClient.builder()
 *     .clientId(clientId)
 *     .clientSecret(clientSecret)
 *     .build();
 *
 * NylasAccount ada = nylas.account(adaAccessToken);
 * List<Message> unread = nylas.execute(ada.messages().list(MessageFilter.builder().unread(true).build()));
 * List<ApplicationAccount> accounts = nylas.execute(nylas.application().accounts(100, 0));
 * }</pre>
 *
 * <p>Calls return Retrofit {@link Call}s: {@link #execute(Call)} and {@link #async(Call)} run them
 * and turn error answers into {@link dev.pacer.vendor.support.ApiException}s carrying a
 * {@link NylasError}. Thread-safe. Close the client to stop its timer thread (and the OkHttp
 * client it created, if it created one).
 */
public final class NylasClient extends VendorClient {
  private final VendorRuntime runtime;
  private final String clientId;
  private final NylasApplication application;

  private NylasClient(Builder b) {
    this(b, b.buildRuntime());
  }

  private NylasClient(Builder b, VendorRuntime runtime) {
    super(runtime);
    this.runtime = runtime;
    this.clientId = b.clientId;
    if (b.clientId != null) {
      String basic = Credentials.basic(b.clientSecret, "", StandardCharsets.UTF_8);
      this.application = new NylasApplication(b.clientId, b.clientSecret, withAuthorization(basic).create(ApplicationApi.class), runtime);
    } else {
      this.application = null;
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The mailbox endpoints of the account that {@code accessToken} belongs to, sent with
   * {@code Authorization: Bearer <accessToken>}. Cheap: the account shares this client's Pacer,
   * buckets and connections; keep it for as long as you use the token.
   *
   * @throws IllegalArgumentException when the token is blank or has characters a header cannot carry
   */
  public NylasAccount account(String accessToken) {
    AuthorizingCallFactory.checkCredential("accessToken", accessToken);
    return new NylasAccount(withAuthorization("Bearer " + accessToken),
        withAuthorization(Credentials.basic(accessToken, "", StandardCharsets.UTF_8)), runtime);
  }

  /**
   * The application endpoints ({@code /a/{client_id}/...}), sent with the client secret as
   * HTTP Basic user name and an empty password.
   *
   * @throws IllegalStateException when the client was built without a client ID and secret
   */
  public NylasApplication application() {
    if (application == null) {
      throw new IllegalStateException("application endpoints need clientId(...) and clientSecret(...) on the builder");
    }
    return application;
  }

  @Override
  public String toString() {
    return "NylasClient{" + runtime.baseUrl() + (clientId == null ? "" : ", clientId=" + clientId) + "}";
  }

  private Retrofit withAuthorization(String authorization) {
    Retrofit shared = runtime.retrofit();
    return shared.newBuilder().callFactory(new AuthorizingCallFactory(shared.callFactory(), authorization)).build();
  }

  /**
   * Builds a {@link NylasClient}. Defaults: {@link NylasRegion#US}, {@link NylasPolicy#POLICY},
   * no application credentials (only {@link NylasClient#account(String)} works), and a one-hour
   * read timeout for the delta stream and long-poll. Not thread-safe; {@link #build()} reads the
   * settings once.
   */
  public static final class Builder extends VendorClientBuilder<Builder> {
    private String clientId;
    private String clientSecret;
    private NylasRegion region = NylasRegion.US;
    private Duration deltaReadTimeout = Duration.ofSeconds(3650);

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The application's client ID, for the {@code /a/{client_id}/...} endpoints. */
    public Builder clientId(String clientId) {
      AuthorizingCallFactory.checkCredential("clientId", clientId);
      this.clientId = clientId;
      return this;
    }

    /** The application's client secret, sent as HTTP Basic user name on application calls. */
    public Builder clientSecret(String clientSecret) {
      AuthorizingCallFactory.checkCredential("clientSecret", clientSecret);
      this.clientSecret = clientSecret;
      return this;
    }

    /** The region whose base URL to use; {@link #baseUrl(String)} overrides it. Default {@link NylasRegion#US}. */
    public Builder region(NylasRegion region) {
      this.region = Objects.requireNonNull(region, "region == null");
      return this;
    }

    /**
     * The read timeout of {@code /delta/streaming} and {@code /delta/longpoll} responses, which
     * stay quiet for long spells by design; other calls keep the client's {@link #readTimeout}.
     * Keep it above any long-poll timeout you ask for. These two calls (like every streaming
     * method) have no {@link #transmissionTimeout}: this read timeout alone bounds them, one silence at a
     * time. Default 3650 s.
     */
    public Builder deltaReadTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("deltaReadTimeout <= 0: " + timeout);
      }
      this.deltaReadTimeout = timeout;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when only one of client ID and client secret is set
     */
    public NylasClient build() {
      if ((clientId == null) != (clientSecret == null)) {
        throw new IllegalStateException(clientId == null
            ? "clientSecret is set without clientId" : "clientId is set without clientSecret");
      }
      return new NylasClient(this);
    }

    private VendorRuntime buildRuntime() {
      return buildRuntime(region.baseUrl(), NylasPolicy.POLICY, new DeltaTimeoutInterceptor(deltaReadTimeout),
          null, NylasErrorParser.INSTANCE);
    }
  }
}
