package dev.pacer.vendor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.Pacer;
import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.PacedCallFactory;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.PacerClock;
import dev.pacer.vendor.support.internal.CallDeadline;
import dev.pacer.vendor.support.internal.ErrorBodyLimit;
import dev.pacer.vendor.support.internal.FutureCallAdapterFactory;
import dev.pacer.vendor.support.internal.OriginGuard;
import dev.pacer.vendor.support.internal.PreparingCallFactory;
import dev.pacer.vendor.support.internal.SigningInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The shared part of every vendor client's builder: base URL, HTTP client, policy override, and
 * Pacer's own settings, given once through {@link #pacer(Consumer)}. The vendor's builder adds
 * credentials and calls {@link #buildRuntime} (or {@link #buildSignedRuntime} for credentials
 * signed afresh on every transmission).
 * Not thread-safe; {@code build()} reads the settings once, so a reused builder never changes a
 * built client.
 *
 * <p>Credentials stay on the base URL's origin (scheme, host and port). The client follows
 * redirects itself, only within that origin (301/302/303 as a bodiless GET, 307/308 with the
 * same method and body unless it is one-shot, at most 20); a redirect to another host or port,
 * or from {@code https} to {@code http}, is not followed, and the caller gets the 3xx as an
 * {@link ApiException}. So no other server ever receives a credential header, a signature or a
 * request body. Signers run for the base URL's origin only.
 *
 * <p>Defaults: the vendor's base URL and declared policy, a new {@link OkHttpClient}, {@link
 * Pacer.Builder}'s defaults for Pacer's settings, a connect timeout of 10 s and a read timeout
 * of 30 s (on a client the builder creates), a transmission timeout of 60 s for each transmission of a
 * non-streaming call, and error bodies read up to 1 MiB.
 *
 * <pre>{@code
 * EsputnikClient.builder()
 *     .apiKey(System.getenv("ESPUTNIK_API_KEY"))
 *     .pacer(p -> p.clock(clock).retry(RetryConfig.disabled()).maxWait(Duration.ofSeconds(5)))
 *     .build();
 * }</pre>
 *
 * @param <B> the vendor builder's own type, returned by every setter
 */
public abstract class VendorClientBuilder<B extends VendorClientBuilder<B>> {
  /** The default of {@link #connectTimeout}: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default of {@link #readTimeout}: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The default of {@link #transmissionTimeout}: 60 s. */
  public static final Duration DEFAULT_TRANSMISSION_TIMEOUT = Duration.ofSeconds(60);
  /**
   * The circuit breaker every typed client has unless its {@link #pacer} settings change it
   * ({@code p -> p.withoutCircuitBreaker()}, or {@code p.circuitBreaker(...)}): per host, it
   * opens when at least half of the last 50 calls (and at least 20) failed with a 5xx answer or
   * a network error, fails calls at once for 30 s, then lets 3 probe calls through. 429s never
   * count. Conservative on purpose: it only trips when the vendor is broadly failing.
   */
  public static final CircuitBreakerConfig DEFAULT_CIRCUIT_BREAKER = CircuitBreakerConfig.custom()
      .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
      .slidingWindowSize(50)
      .minimumNumberOfCalls(20)
      .failureRateThreshold(50)
      .waitDurationInOpenState(Duration.ofSeconds(30))
      .permittedNumberOfCallsInHalfOpenState(3)
      .build();
  /** The default of {@link #maxErrorBodyBytes}: 1 MiB. */
  public static final long DEFAULT_MAX_ERROR_BODY_BYTES = 1024 * 1024;

  private HttpUrl baseUrl;
  private OkHttpClient okHttpClient;
  private RateLimitPolicy policy;
  private Consumer<Pacer.Builder> pacerSettings = settings -> {};
  private long maxErrorBodyBytes = DEFAULT_MAX_ERROR_BODY_BYTES;
  private Duration connectTimeout;
  private Duration readTimeout;
  private Duration transmissionTimeout = DEFAULT_TRANSMISSION_TIMEOUT;

  /** For subclasses. */
  protected VendorClientBuilder() {}

  /** This builder, typed as the subclass. */
  protected abstract B self();

  /**
   * Overrides the vendor's base URL (a sandbox, a proxy, a region). It must end in {@code /}.
   * Requests go to it, but Pacer still charges them by the vendor's documented paths, so a path
   * prefix here does not change which rule a method falls under.
   */
  public B baseUrl(String url) {
    Objects.requireNonNull(url, "url == null");
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) throw new IllegalArgumentException("not an http or https URL: " + url);
    return baseUrl(parsed);
  }

  /** Overrides the vendor's base URL; see {@link #baseUrl(String)}. */
  public B baseUrl(HttpUrl url) {
    Objects.requireNonNull(url, "url == null");
    if (!url.encodedPath().endsWith("/")) {
      throw new IllegalArgumentException("base URL must end in '/': " + printable(url));
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException("base URL must not carry credentials: " + printable(url));
    }
    this.baseUrl = url;
    return self();
  }

  /**
   * The OkHttp client to build on (its dispatcher, connection pool, timeouts, proxy). The
   * client is not changed: interceptors are added to a {@code newBuilder()} copy, and closing
   * the vendor client leaves it running.
   */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "client == null");
    return self();
  }

  /**
   * Pacer's settings for this client: clock, listener, retry, maxWait, maxBuckets, as on {@link
   * Pacer.Builder}. Settings add up: a later call runs after the earlier ones, so it wins where
   * both set the same thing. {@code settings} runs once here against a scratch builder, so a bad
   * value fails at this call with Pacer's own message, and again on the real builder at {@code
   * build()}; it should do nothing but set values.
   */
  public B pacer(Consumer<Pacer.Builder> settings) {
    Objects.requireNonNull(settings, "settings == null");
    settings.accept(Pacer.builder(RateLimitPolicy.none()));
    this.pacerSettings = pacerSettings.andThen(settings);
    return self();
  }

  /** Hears Pacer's waits, pauses, retries and rejections; shorthand for {@code pacer(p -> p.listener(listener))}. */
  public B listener(PacerListener listener) {
    return pacer(p -> p.listener(listener));
  }

  /** The clock Pacer paces by; shorthand for {@code pacer(p -> p.clock(clock))}. Tests pass a {@link dev.pacer.time.ManualClock}. */
  public B clock(PacerClock clock) {
    return pacer(p -> p.clock(clock));
  }

  /** Replaces the vendor's declared policy, e.g. for a plan with higher limits. */
  public B policy(RateLimitPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
    return self();
  }

  /** Retry settings; shorthand for {@code pacer(p -> p.retry(retry))}. */
  public B retry(RetryConfig retry) {
    return pacer(p -> p.retry(retry));
  }

  /** The longest a call may wait for a permit; shorthand for {@code pacer(p -> p.maxWait(maxWait))}. */
  public B maxWait(Duration maxWait) {
    return pacer(p -> p.maxWait(maxWait));
  }

  /**
   * The most bytes of an error body (a response outside 2xx) anything may read, buffer or parse;
   * the rest is never read off the connection, so an endless or huge error body costs at most
   * this much memory. {@link ApiException#errorBody()} keeps at most {@value
   * ApiException#MAX_ERROR_BODY} bytes of it. Success bodies are not capped (Jackson's parser
   * limits in {@link VendorJson} guard them). Default {@value #DEFAULT_MAX_ERROR_BODY_BYTES}.
   */
  public B maxErrorBodyBytes(long bytes) {
    if (bytes < 0) throw new IllegalArgumentException("maxErrorBodyBytes < 0: " + bytes);
    this.maxErrorBodyBytes = bytes;
    return self();
  }

  /**
   * How long to wait for a connection. Default {@link #DEFAULT_CONNECT_TIMEOUT} on a client the
   * builder creates; an {@link #okHttpClient} keeps its own unless this is set.
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = checkTimeout("connectTimeout", timeout);
    return self();
  }

  /**
   * The longest silence while reading an answer. Default {@link #DEFAULT_READ_TIMEOUT} on a client
   * the builder creates; an {@link #okHttpClient} keeps its own unless this is set. Long-lived
   * calls may raise it for themselves (Nylas's delta stream and long-poll do).
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = checkTimeout("readTimeout", timeout);
    return self();
  }

  /**
   * The longest one transmission of an ordinary call may take, from sending the request to the
   * last byte of the answer; then the call is cancelled and fails with an {@link
   * java.io.InterruptedIOException}. This catches a server that drips a byte every few seconds,
   * which no read timeout does. Pacer's waits before a transmission and between retries are not
   * counted ({@link #maxWait} and {@link RetryConfig} bound them). Streaming calls (Retrofit
   * {@code @Streaming} methods, whose body the caller reads at its own pace) and calls that raise
   * their own read timeout (Nylas's delta stream and long-poll) have no such deadline; their read
   * timeout still bounds every silence. {@link Duration#ZERO} turns it off. Default {@link
   * #DEFAULT_TRANSMISSION_TIMEOUT}.
   */
  public B transmissionTimeout(Duration timeout) {
    this.transmissionTimeout = checkTimeout("transmissionTimeout", timeout);
    return self();
  }

  /** The longest timeout OkHttp takes (2^31 - 1 ms, about 24.8 days). */
  private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  private static Duration checkTimeout(String what, Duration timeout) {
    Objects.requireNonNull(timeout, what + " == null");
    if (timeout.isNegative()) throw new IllegalArgumentException(what + " < 0: " + timeout);
    if (timeout.compareTo(MAX_TIMEOUT) > 0) throw new IllegalArgumentException(what + " > " + MAX_TIMEOUT + ": " + timeout);
    return timeout;
  }

  /** {@link #buildRuntime(HttpUrl, RateLimitPolicy, Interceptor, ObjectMapper, ErrorBodyParser)} without an error parser. */
  protected final VendorRuntime buildRuntime(HttpUrl defaultBaseUrl, RateLimitPolicy defaultPolicy,
      Interceptor auth, ObjectMapper mapper) {
    return buildRuntime(defaultBaseUrl, defaultPolicy, auth, mapper, ErrorBodyParser.NONE);
  }

  /**
   * Builds the wired Retrofit. Requests pass, in order: the endpoint tag from Retrofit's {@code
   * Invocation} (see {@link EndpointTagInterceptor}; templates are the default base URL's path
   * plus the relative URL, so they stay the vendor's documented paths, the ones its policy
   * names, when {@link #baseUrl} points elsewhere) and {@code auth} (applied before Pacer sees
   * the request when it is an {@link AuthHeaderInterceptor} or a {@link
   * RequestPreparingInterceptor}, else as the client's first interceptor), then Pacer's call factory, which paces {@code execute()} and {@code enqueue()}
   * alike and waits for async permits on a timer rather than a parked thread. Bodies convert
   * with {@code mapper} (null: {@link VendorJson#newMapper()}); service methods returning {@code
   * CompletableFuture<T>} fail with {@link ApiException} read by {@code errors}.
   *
   * @param defaultBaseUrl the vendor's base URL, used unless {@link #baseUrl} overrode it
   * @param defaultPolicy the vendor's declared policy, used unless {@link #policy} overrode it
   * @param auth adds the credential to each request
   * @param mapper the Jackson mapper, or null for a new {@link VendorJson#newMapper()}
   * @param errors reads the vendor's error bodies
   */
  protected final VendorRuntime buildRuntime(HttpUrl defaultBaseUrl, RateLimitPolicy defaultPolicy,
      Interceptor auth, ObjectMapper mapper, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(auth, "auth == null");
    return build(defaultBaseUrl, defaultPolicy, auth, null, mapper, errors);
  }

  /**
   * Like {@link #buildRuntime(HttpUrl, RateLimitPolicy, Interceptor, ObjectMapper,
   * ErrorBodyParser)}, for vendors whose credential must be fresh on every transmission (OAuth
   * 1.0a's nonce and timestamp): {@code signer} runs as a network interceptor, so it signs each
   * request after Pacer's waits and again for every retry, whether the call was made with {@code
   * execute()} or {@code enqueue()}. Pacer classifies requests before they are signed.
   *
   * @param defaultBaseUrl the vendor's base URL, used unless {@link #baseUrl} overrode it
   * @param defaultPolicy the vendor's declared policy, used unless {@link #policy} overrode it
   * @param signer signs each transmission
   * @param mapper the Jackson mapper, or null for a new {@link VendorJson#newMapper()}
   * @param errors reads the vendor's error bodies
   */
  protected final VendorRuntime buildSignedRuntime(HttpUrl defaultBaseUrl, RateLimitPolicy defaultPolicy,
      RequestSigner signer, ObjectMapper mapper, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(signer, "signer == null");
    return build(defaultBaseUrl, defaultPolicy, null, signer, mapper, errors);
  }

  /**
   * Like {@link #buildRuntime(HttpUrl, RateLimitPolicy, Interceptor, ObjectMapper,
   * ErrorBodyParser)} and {@link #buildSignedRuntime} at once: {@code auth} prepares each request
   * before Pacer classifies it (an account header a rule is scoped by), and {@code signer} adds a
   * credential to each transmission as a network interceptor, so the credential is never on the
   * request an application sees (nor in its {@code toString()}) and is added only for the base
   * URL's origin.
   *
   * @param defaultBaseUrl the vendor's base URL, used unless {@link #baseUrl} overrode it
   * @param defaultPolicy the vendor's declared policy, used unless {@link #policy} overrode it
   * @param auth prepares each request before Pacer classifies it
   * @param signer adds the credential to each transmission
   * @param mapper the Jackson mapper, or null for a new {@link VendorJson#newMapper()}
   * @param errors reads the vendor's error bodies
   */
  protected final VendorRuntime buildRuntime(HttpUrl defaultBaseUrl, RateLimitPolicy defaultPolicy,
      Interceptor auth, RequestSigner signer, ObjectMapper mapper, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(auth, "auth == null");
    Objects.requireNonNull(signer, "signer == null");
    return build(defaultBaseUrl, defaultPolicy, auth, signer, mapper, errors);
  }

  private VendorRuntime build(HttpUrl defaultBaseUrl, RateLimitPolicy defaultPolicy,
      Interceptor auth, RequestSigner signer, ObjectMapper mapper, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl == null");
    Objects.requireNonNull(defaultPolicy, "defaultPolicy == null");
    Objects.requireNonNull(errors, "errors == null");
    HttpUrl base = baseUrl != null ? baseUrl : defaultBaseUrl;
    ObjectMapper json = mapper != null ? mapper : VendorJson.newMapper();

    Pacer.Builder pacerBuilder = Pacer.builder(policy != null ? policy : defaultPolicy)
        .circuitBreaker(DEFAULT_CIRCUIT_BREAKER);
    pacerSettings.accept(pacerBuilder);
    Pacer pacer = pacerBuilder.build();

    OkHttpClient ownedClient = okHttpClient == null ? new OkHttpClient() : null;
    OkHttpClient.Builder clientBuilder = (okHttpClient != null ? okHttpClient : ownedClient).newBuilder();
    // Templates follow the vendor's documented paths (the default base URL's), so overriding the
    // base URL with a proxy or sandbox prefix never changes which rule a method is charged to.
    EndpointTagInterceptor tagger = new EndpointTagInterceptor(defaultBaseUrl);
    UnaryOperator<Request> prepare;
    // Redirects are followed by OriginGuard, within the base URL's origin only.
    clientBuilder.followRedirects(false).followSslRedirects(false);
    // Timeouts: ours on a client we create, the caller's on theirs unless set here.
    if (connectTimeout != null || ownedClient != null) {
      clientBuilder.connectTimeout(connectTimeout != null ? connectTimeout : DEFAULT_CONNECT_TIMEOUT);
    }
    Duration read = readTimeout != null ? readTimeout
        : ownedClient != null ? DEFAULT_READ_TIMEOUT : Duration.ofMillis(okHttpClient.readTimeoutMillis());
    clientBuilder.readTimeout(read);
    if (signer != null) {
      // A network interceptor runs once per transmission: after Pacer's waits, and again for
      // every retry (the blocking driver re-runs the chain below its retry interceptor; the async
      // driver makes a new call per attempt) and every same-origin redirect. It signs only
      // requests to the base URL's origin.
      clientBuilder.addNetworkInterceptor(new SigningInterceptor(signer, base));
    }
    if (auth == null) {
      prepare = tagger::tag;
    } else if (auth instanceof AuthHeaderInterceptor) {
      AuthHeaderInterceptor header = (AuthHeaderInterceptor) auth;
      prepare = request -> header.authorize(tagger.tag(request));
    } else if (auth instanceof RequestPreparingInterceptor) {
      RequestPreparingInterceptor preparer = (RequestPreparingInterceptor) auth;
      prepare = request -> preparer.prepare(tagger.tag(request));
    } else {
      clientBuilder.interceptors().add(0, auth);
      prepare = tagger::tag;
    }
    clientBuilder.addNetworkInterceptor(
        new CallDeadline(transmissionTimeout.toNanos(), (int) Math.min(Integer.MAX_VALUE, read.toMillis())));
    clientBuilder.addInterceptor(new ErrorBodyLimit(maxErrorBodyBytes));
    clientBuilder.addInterceptor(tagger);
    clientBuilder.addInterceptor(new OriginGuard(base));
    PacedCallFactory pacerFactory = pacer.callFactory(clientBuilder.build());

    Retrofit retrofit = new Retrofit.Builder()
        .baseUrl(base)
        .callFactory(new PreparingCallFactory(pacerFactory, prepare))
        .addCallAdapterFactory(new FutureCallAdapterFactory(errors))
        .addConverterFactory(JacksonConverterFactory.create(json))
        .build();
    return new VendorRuntime(retrofit, pacer, json, errors, pacerFactory, ownedClient);
  }

  /** {@code url} without user info, query or fragment: safe for messages. */
  private static String printable(HttpUrl url) {
    return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + (baseUrl == null ? "default" : printable(baseUrl))
        + (policy == null ? "" : ", policy=" + policy.name()) + "}";
  }
}
