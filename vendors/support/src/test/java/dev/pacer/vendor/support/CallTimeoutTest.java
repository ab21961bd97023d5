package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Streaming;

/**
 * The call timeout bounds each transmission of an ordinary call, even against a server that drips
 * its answer; streaming calls and calls that raise their own read timeout have no such deadline.
 * Delays are a few hundred milliseconds of real network time; assertions are about outcomes.
 */
final class CallTimeoutTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);

  interface Service {
    @GET("v1/things")
    Call<ResponseBody> things();

    @Streaming
    @GET("v1/stream")
    Call<ResponseBody> stream();

    @GET("v1/longpoll")
    Call<ResponseBody> longPoll();
  }

  static final class Builder extends VendorClientBuilder<Builder> {
    private Interceptor auth = AuthHeaderInterceptor.bearer("canary-token");

    @Override
    protected Builder self() {
      return this;
    }

    Builder auth(Interceptor auth) {
      this.auth = auth;
      return this;
    }

    VendorRuntime build() {
      return buildRuntime(HttpUrl.get("https://vendor.invalid/"), RateLimitPolicy.none(), auth, null,
          ErrorBodyParser.NONE);
    }
  }

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Builder builder() {
    return new Builder().baseUrl(server.url("/")).retry(RetryConfig.disabled())
        .readTimeout(Duration.ofSeconds(5)).transmissionTimeout(Duration.ofMillis(600));
  }

  /** 40 bytes, one every 250 ms: never silent for long, ten seconds in all. */
  private static MockResponse dripping() {
    return new MockResponse.Builder().code(200).body("x".repeat(40)).throttleBody(1, 250, TimeUnit.MILLISECONDS).build();
  }

  @Test
  void aDrippingAnswerFailsWithATimeout() {
    server.enqueue(dripping());
    try (VendorRuntime runtime = builder().build()) {
      Service service = runtime.create(Service.class);
      InterruptedIOException e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(InterruptedIOException.class,
          () -> runtime.execute(service.things()).string()));
      assertTrue(e.getMessage().contains("transmissionTimeout"), e.getMessage());
    }
  }

  @Test
  void aServerThatNeverAnswersInTimeFailsWithATimeout() {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("late").build());
    try (VendorRuntime runtime = builder().build()) {
      Service service = runtime.create(Service.class);
      assertTimeoutPreemptively(GENEROUS, () -> assertThrows(InterruptedIOException.class,
          () -> runtime.execute(service.things())));
    }
  }

  @Test
  void anAsyncDrippingAnswerFailsWithATimeout() {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("late").build());
    try (VendorRuntime runtime = builder().build()) {
      Service service = runtime.create(Service.class);
      ExecutionException e = assertTimeoutPreemptively(GENEROUS, () -> assertThrows(ExecutionException.class,
          () -> runtime.async(service.things()).get()));
      assertInstanceOf(InterruptedIOException.class, e.getCause());
    }
  }

  @Test
  void aStreamingCallHasNoDeadline() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("y".repeat(6)).throttleBody(1, 200, TimeUnit.MILLISECONDS).build());
    try (VendorRuntime runtime = builder().build()) {
      Service service = runtime.create(Service.class);
      String body = assertTimeoutPreemptively(GENEROUS, () -> {
        try (ResponseBody b = runtime.execute(service.stream())) {
          return b.string();
        }
      });
      assertEquals("yyyyyy", body);
    }
  }

  @Test
  void aCallThatRaisesItsOwnReadTimeoutHasNoDeadline() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(1200, TimeUnit.MILLISECONDS).body("news").build());
    Interceptor longPoll = chain -> chain.request().url().encodedPath().endsWith("/longpoll")
        ? chain.withReadTimeout(60, TimeUnit.SECONDS).proceed(chain.request())
        : chain.proceed(chain.request());
    try (VendorRuntime runtime = builder().auth(longPoll).build()) {
      Service service = runtime.create(Service.class);
      String body = assertTimeoutPreemptively(GENEROUS, () -> runtime.execute(service.longPoll()).string());
      assertEquals("news", body);
    }
  }

  @Test
  void zeroTurnsTheDeadlineOff() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("z".repeat(5)).throttleBody(1, 200, TimeUnit.MILLISECONDS).build());
    try (VendorRuntime runtime = builder().transmissionTimeout(Duration.ZERO).build()) {
      Service service = runtime.create(Service.class);
      assertEquals("zzzzz", assertTimeoutPreemptively(GENEROUS, () -> runtime.execute(service.things()).string()));
    }
  }

  @Test
  void aCallersClientKeepsItsOwnReadTimeoutUnlessTheBuilderSetsOne() throws Exception {
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).body("slow").build());
    try (VendorRuntime runtime = new Builder().baseUrl(server.url("/")).retry(RetryConfig.disabled())
        .okHttpClient(impatient).build()) {
      Service service = runtime.create(Service.class);
      assertTimeoutPreemptively(GENEROUS, () -> assertThrows(SocketTimeoutException.class,
          () -> runtime.execute(service.things())));
    }
    server.enqueue(new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.SECONDS).body("slow").build());
    try (VendorRuntime runtime = new Builder().baseUrl(server.url("/")).retry(RetryConfig.disabled())
        .okHttpClient(impatient).readTimeout(Duration.ofSeconds(10)).build()) {
      Service service = runtime.create(Service.class);
      assertEquals("slow", assertTimeoutPreemptively(GENEROUS, () -> runtime.execute(service.things()).string()));
    }
  }

  @Test
  void timeoutsMustNotBeNegative() {
    assertThrows(IllegalArgumentException.class, () -> new Builder().transmissionTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> new Builder().readTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> new Builder().connectTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> new Builder().transmissionTimeout(Duration.ofDays(100_000)));
  }
}
