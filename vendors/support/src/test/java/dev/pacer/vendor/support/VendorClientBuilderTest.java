package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.WaitTooLongException;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

final class VendorClientBuilderTest {
  record Contact(long id, String name) {}

  interface Service {
    @GET("api/v1/contacts")
    Call<List<Contact>> contacts();

    @GET("api/v1/contact/{id}")
    Call<Contact> contact(@Path("id") long id);

    @GET("api/v1/contact/{id}")
    CompletableFuture<Contact> contactAsync(@Path("id") long id);

    @GET("api/v1/other")
    Call<Void> other();
  }

  /** A minimal vendor builder, as a vendor module writes one. */
  static final class TestClientBuilder extends VendorClientBuilder<TestClientBuilder> {
    private String apiKey;

    TestClientBuilder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    @Override
    protected TestClientBuilder self() {
      return this;
    }

    VendorRuntime buildWith(Interceptor auth, RateLimitPolicy policy) {
      return buildRuntime(HttpUrl.get("https://vendor.invalid/"), policy, auth, null, ApiExceptionTest.PARSER);
    }

    VendorRuntime build(RateLimitPolicy policy) {
      return buildRuntime(HttpUrl.get("https://vendor.invalid/"), policy,
          AuthHeaderInterceptor.basic("pacer", apiKey), null, ApiExceptionTest.PARSER);
    }
  }

  private static final String KEY = "k3y-that-must-not-leak";

  /** Every request Pacer classified, as Pacer saw it (read through a custom scope's key function). */
  private static final List<Request> SEEN_BY_PACER = new CopyOnWriteArrayList<>();

  /** One contacts call per minute, so a second call must be refused at once. */
  private static final RateLimitPolicy ONE_PER_MINUTE = RateLimitPolicy.builder("test")
      .rule(Rule.builder("contacts").endpoint("GET /api/v1/contacts").rate(Rate.perMinute(1)).build())
      .rule(Rule.builder("probe").endpoint("* /api/**").scope(Scope.custom("probe", r -> {
        SEEN_BY_PACER.add(r);
        return "probe";
      })).rate(Rate.perSecond(1000)).build())
      .rule(Rule.builder("default").otherwise().shared().rate(Rate.perSecond(1000)).build())
      .build();

  private final MockWebServer server = new MockWebServer();
  private final List<Request> seenByCallerInterceptor = new CopyOnWriteArrayList<>();
  private final Interceptor recording = chain -> {
    seenByCallerInterceptor.add(chain.request());
    return chain.proceed(chain.request());
  };
  private OkHttpClient callerClient;

  @BeforeEach
  void start() throws IOException {
    SEEN_BY_PACER.clear();
    server.start();
    callerClient = new OkHttpClient.Builder().addInterceptor(recording).build();
  }

  @AfterEach
  void stop() {
    server.close();
    callerClient.dispatcher().executorService().shutdown();
    callerClient.connectionPool().evictAll();
  }

  private VendorRuntime runtime(RateLimitPolicy policy) {
    return new TestClientBuilder()
        .apiKey(KEY)
        .baseUrl(server.url("/"))
        .okHttpClient(callerClient)
        .pacer(p -> p.retry(RetryConfig.disabled()).maxWait(Duration.ZERO))
        .build(policy);
  }

  @Test
  void pacerSettingsRejectABadValueWhenTheyAreGiven() {
    TestClientBuilder builder = new TestClientBuilder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.pacer(p -> p.maxWait(Duration.ofSeconds(-1))));
    assertTrue(e.getMessage().contains("PT-1S"), e.getMessage());
    assertThrows(NullPointerException.class, () -> builder.clock(null));
  }

  @Test
  void laterPacerSettingsWinOverEarlierOnes() throws Exception {
    try (VendorRuntime runtime = new TestClientBuilder()
        .apiKey(KEY)
        .baseUrl(server.url("/"))
        .okHttpClient(callerClient)
        .maxWait(Duration.ofMinutes(5))
        .retry(RetryConfig.defaults())
        .pacer(p -> p.retry(RetryConfig.disabled()).maxWait(Duration.ZERO))
        .build(ONE_PER_MINUTE)) {
      Service s = runtime.create(Service.class);
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
      runtime.execute(s.contacts());
      // With the earlier five minutes this call would wait; the later zero refuses it at once.
      assertThrows(WaitTooLongException.class, () -> runtime.execute(s.contacts()));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void typedClientsHaveTheConservativeCircuitBreakerUnlessTheirSettingsDropIt() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      assertEquals(VendorClientBuilder.DEFAULT_CIRCUIT_BREAKER.getMinimumNumberOfCalls(),
          runtime.pacer().circuitBreakers().orElseThrow().getDefaultConfig().getMinimumNumberOfCalls());
    }
    try (VendorRuntime runtime = new TestClientBuilder().apiKey(KEY).baseUrl(server.url("/")).okHttpClient(callerClient)
        .pacer(p -> p.withoutCircuitBreaker()).build(ONE_PER_MINUTE)) {
      assertTrue(runtime.pacer().circuitBreakers().isEmpty());
    }
  }

  @Test
  void callerSuppliedClientIsNotMutated() throws Exception {
    List<Interceptor> before = List.copyOf(callerClient.interceptors());
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
      runtime.execute(runtime.create(Service.class).contacts());
    }
    assertEquals(before, callerClient.interceptors());
    assertTrue(callerClient.networkInterceptors().isEmpty());

    server.enqueue(new MockResponse.Builder().code(200).build());
    server.takeRequest();
    callerClient.newCall(new Request.Builder().url(server.url("/plain")).build()).execute().close();
    RecordedRequest plain = server.takeRequest();
    assertNull(plain.getHeaders().get("Authorization"), "the caller's own calls get no credential");
  }

  @Test
  void requestsReachTheClientTaggedAndAuthorized() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":7,\"name\":\"Ann\",\"extra\":true}").build());
      Contact c = runtime.execute(runtime.create(Service.class).contact(7));
      assertEquals(new Contact(7, "Ann"), c);
    }
    Request seen = seenByCallerInterceptor.get(0);
    assertEquals(Endpoint.of("GET", "/api/v1/contact/{id}"), seen.tag(Endpoint.class));
    assertTrue(seen.header("Authorization").startsWith("Basic "));
    assertEquals(seen.header("Authorization"), server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void aBaseUrlOverrideWithAPathKeepsTheVendorsTemplates() throws Exception {
    try (VendorRuntime runtime = new TestClientBuilder().apiKey(KEY).baseUrl(server.url("/proxy/vendor/"))
        .okHttpClient(callerClient).build(ONE_PER_MINUTE)) {
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":7}").build());
      runtime.execute(runtime.create(Service.class).contact(7));
    }
    assertEquals("/proxy/vendor/api/v1/contact/7", server.takeRequest().getTarget());
    assertEquals(Endpoint.of("GET", "/api/v1/contact/{id}"), seenByCallerInterceptor.get(0).tag(Endpoint.class));
  }

  @Test
  void pacerClassifiesRequestsAlreadyTaggedAndAuthorized() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      Service s = runtime.create(Service.class);
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":3}").build());
      runtime.execute(s.contact(3));
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":4}").build());
      runtime.async(s.contact(4)).get(10, TimeUnit.SECONDS);
    }
    assertFalse(SEEN_BY_PACER.isEmpty());
    for (Request r : SEEN_BY_PACER) {
      assertEquals(Endpoint.of("GET", "/api/v1/contact/{id}"), r.tag(Endpoint.class));
      assertTrue(r.header("Authorization").startsWith("Basic "));
    }
  }

  @Test
  void aRequestPreparingInterceptorRunsBeforePacerClassifies() throws Exception {
    java.util.concurrent.atomic.AtomicInteger prepared = new java.util.concurrent.atomic.AtomicInteger();
    RequestPreparingInterceptor stamp = new RequestPreparingInterceptor() {
      @Override
      public Request prepare(Request request) {
        return request.newBuilder().header("X-Token", "t" + prepared.incrementAndGet())
            .header("X-Account", "acct-7").build();
      }
    };
    TestClientBuilder b = new TestClientBuilder().okHttpClient(callerClient).baseUrl(server.url("/"));
    try (VendorRuntime runtime = b.buildWith(stamp, ONE_PER_MINUTE)) {
      Service s = runtime.create(Service.class);
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":3}").build());
      runtime.execute(s.contact(3));
      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":4}").build());
      runtime.async(s.contact(4)).get(10, TimeUnit.SECONDS);
    }
    assertEquals(2, prepared.get(), "prepared once per call");
    assertFalse(SEEN_BY_PACER.isEmpty());
    for (Request r : SEEN_BY_PACER) {
      assertEquals(Endpoint.of("GET", "/api/v1/contact/{id}"), r.tag(Endpoint.class));
      assertEquals("acct-7", r.header("X-Account"));
      assertTrue(r.header("X-Token").startsWith("t"));
    }
    assertEquals("t1", server.takeRequest().getHeaders().get("X-Token"));
    assertEquals("t2", server.takeRequest().getHeaders().get("X-Token"));
  }

  @Test
  void aRequestPreparingInterceptorUsedAloneTurnsAPreparationFailureIntoAnIOException() throws Exception {
    RequestPreparingInterceptor failing = request -> {
      throw new IllegalStateException("cannot sign");
    };
    OkHttpClient client = callerClient.newBuilder().addInterceptor(failing).build();
    IOException e = assertThrows(IOException.class,
        () -> client.newCall(new Request.Builder().url(server.url("/x")).build()).execute());
    assertEquals("cannot sign", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void pacerChargesTheTaggedEndpointsRuleOnExecute() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      Service s = runtime.create(Service.class);
      server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
      runtime.execute(s.contacts());
      WaitTooLongException e = assertThrows(WaitTooLongException.class, () -> runtime.execute(s.contacts()));
      assertEquals("contacts", e.rule());
      assertFalse(e.getMessage().contains(KEY));
      server.enqueue(new MockResponse.Builder().code(200).build());
      runtime.execute(s.other()); // another endpoint is not held back
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void pacerChargesTheTaggedEndpointsRuleOnEnqueue() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      Service s = runtime.create(Service.class);
      server.enqueue(new MockResponse.Builder().code(200).body("[{\"id\":1}]").build());
      assertEquals(List.of(new Contact(1, null)), runtime.async(s.contacts()).get(10, TimeUnit.SECONDS));
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> runtime.async(s.contacts()).get(10, TimeUnit.SECONDS));
      assertInstanceOf(WaitTooLongException.class, e.getCause());
    }
  }

  @Test
  void completableFutureMethodsFailWithTheTypedApiException() throws Exception {
    try (VendorRuntime runtime = runtime(ONE_PER_MINUTE)) {
      server.enqueue(new MockResponse.Builder().code(404).body("{\"code\":\"not_found\",\"message\":\"No such contact\"}").build());
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> runtime.create(Service.class).contactAsync(5).get(10, TimeUnit.SECONDS));
      ApiException api = assertInstanceOf(ApiException.class, e.getCause());
      assertEquals(404, api.status());
      assertEquals("GET /api/v1/contact/{id}: HTTP 404 No such contact", api.getMessage());

      server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":5,\"name\":\"Bo\"}").build());
      assertEquals(new Contact(5, "Bo"), runtime.create(Service.class).contactAsync(5).get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void closingTheRuntimeLeavesTheCallersClientRunning() throws Exception {
    runtime(ONE_PER_MINUTE).close();
    server.enqueue(new MockResponse.Builder().code(200).build());
    callerClient.newCall(new Request.Builder().url(server.url("/still-works")).build()).execute().close();
    assertFalse(callerClient.dispatcher().executorService().isShutdown());
  }

  @Test
  void rejectsABaseUrlWithoutTrailingSlashOrWithCredentials() {
    IllegalArgumentException slash = assertThrows(IllegalArgumentException.class,
        () -> new TestClientBuilder().baseUrl("https://esputnik.com/api"));
    assertTrue(slash.getMessage().contains("https://esputnik.com/api"), slash.getMessage());
    IllegalArgumentException userInfo = assertThrows(IllegalArgumentException.class,
        () -> new TestClientBuilder().baseUrl("https://user:pw@esputnik.com/"));
    assertFalse(userInfo.getMessage().contains("pw"), userInfo.getMessage());
  }

  @Test
  void authInterceptorNeverShowsItsCredential() {
    String s = AuthHeaderInterceptor.basic("pacer", KEY).toString() + AuthHeaderInterceptor.bearer(KEY)
        + AuthHeaderInterceptor.header("X-Api-Key", KEY);
    assertFalse(s.contains(KEY), s);
    assertFalse(new TestClientBuilder().apiKey(KEY).toString().contains(KEY));
  }
}
