package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.RetryConfig;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/** {@link VendorClientBuilder#buildSignedRuntime}: every transmission is signed afresh, retries included. */
final class SignedRuntimeTest {
  interface Service {
    @GET("v1/things")
    Call<List<String>> things();
  }

  static final class SignedBuilder extends VendorClientBuilder<SignedBuilder> {
    @Override
    protected SignedBuilder self() {
      return this;
    }

    VendorRuntime build(RequestSigner signer) {
      return buildSignedRuntime(HttpUrl.get("https://vendor.invalid/"), RateLimitPolicy.none(), signer, null,
          ErrorBodyParser.NONE);
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger signatures = new AtomicInteger();
  private final List<Request> signed = new CopyOnWriteArrayList<>();
  private final RequestSigner signer = request -> {
    signed.add(request);
    return request.newBuilder().header("Authorization", "Sig " + signatures.incrementAndGet()).build();
  };

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private VendorRuntime runtime(RequestSigner s) {
    return new SignedBuilder()
        .baseUrl(server.url("/"))
        .retry(RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build())
        .build(s);
  }

  private void enqueue429Then200() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("slow down").build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("[\"a\"]").build());
  }

  @Test
  void aBlockingRetryIsSignedAgain() throws Exception {
    enqueue429Then200();
    try (VendorRuntime runtime = runtime(signer)) {
      assertEquals(List.of("a"), runtime.execute(runtime.create(Service.class).things()));
    }
    assertEquals("Sig 1", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Sig 2", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void anAsyncRetryIsSignedAgain() throws Exception {
    enqueue429Then200();
    try (VendorRuntime runtime = runtime(signer)) {
      CompletableFuture<List<String>> f = runtime.async(runtime.create(Service.class).things());
      assertEquals(List.of("a"), f.get(10, TimeUnit.SECONDS));
    }
    assertEquals("Sig 1", server.takeRequest().getHeaders().get("Authorization"));
    assertEquals("Sig 2", server.takeRequest().getHeaders().get("Authorization"));
  }

  @Test
  void theSignerSeesTheTaggedRequestAtItsRealUrl() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
    try (VendorRuntime runtime = runtime(signer)) {
      runtime.execute(runtime.create(Service.class).things());
    }
    assertEquals(server.url("/v1/things"), signed.get(0).url());
    assertEquals(Endpoint.of("GET", "/v1/things"), signed.get(0).tag(Endpoint.class));
  }

  @Test
  void aSignerThatThrowsFailsTheCallWithAnIOException() {
    RequestSigner broken = request -> {
      throw new IllegalStateException("broken");
    };
    try (VendorRuntime runtime = runtime(broken)) {
      IOException e = assertThrows(IOException.class, () -> runtime.execute(runtime.create(Service.class).things()));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> runtime.async(runtime.create(Service.class).things()).get(10, TimeUnit.SECONDS));
      assertInstanceOf(IOException.class, async.getCause());
    }
    assertEquals(0, server.getRequestCount());
  }
}
