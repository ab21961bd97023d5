package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * A Retrofit service built on {@link Pacer#callFactory}: {@code Call.enqueue} and Retrofit's
 * built-in {@code CompletableFuture} adapter are both paced, over real sockets.
 */
final class RetrofitAsyncTest {
  /** Five per second with the default burst of one: one call every ~202 ms. */
  private static final RateLimitPolicy POLICY = RateLimitPolicy.builder("retrofit")
      .rule(Rule.builder("paced").endpoint("GET /paced/{n}").rate(Rate.perSecond(5)).build())
      .rule(Rule.builder("slow").endpoint("GET /slow/{n}").rate(Rate.of(1, Duration.ofSeconds(10))).maxConcurrent(2).build())
      .build();
  private static final long MIN_SPACING_NANOS = Duration.ofMillis(190).toNanos();
  private static final int CALLS = 8;

  interface Service {
    @GET("paced/{n}")
    Call<ResponseBody> paced(@Path("n") int n);

    @GET("paced/{n}")
    CompletableFuture<ResponseBody> pacedFuture(@Path("n") int n);

    @GET("slow/{n}")
    CompletableFuture<ResponseBody> slowFuture(@Path("n") int n);
  }

  private final MockWebServer server = new MockWebServer();
  private final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
  private final OkHttpClient client = new OkHttpClient();
  private Pacer pacer;
  private PacedCallFactory factory;
  private Service service;

  @BeforeEach
  void setUp() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        arrivals.add(System.nanoTime());
        return new MockResponse.Builder().body("hello " + request.getTarget()).build();
      }
    });
    server.start();
    pacer = Pacer.builder(POLICY).build();
    factory = pacer.callFactory(client);
    service = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .callFactory(factory)
        .build()
        .create(Service.class);
  }

  @AfterEach
  void tearDown() {
    factory.close();
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  void callEnqueueIsPaced() throws Exception {
    long start = System.nanoTime();
    List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(CALLS);
    for (int i = 0; i < CALLS; i++) {
      service.paced(i).enqueue(new Callback<ResponseBody>() {
        @Override
        public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
          try (ResponseBody body = response.body()) {
            bodies.add(body.string());
          } catch (IOException e) {
            bodies.add("unreadable: " + e);
          }
          done.countDown();
        }

        @Override
        public void onFailure(Call<ResponseBody> call, Throwable t) {
          bodies.add("failed: " + t);
          done.countDown();
        }
      });
    }
    assertTrue(done.await(30, TimeUnit.SECONDS));
    assertEquals(CALLS, bodies.size());
    for (String body : bodies) assertTrue(body.startsWith("hello /paced/"), body);
    assertPaced(start);
  }

  @Test
  void completableFutureIsPaced() throws Exception {
    long start = System.nanoTime();
    List<CompletableFuture<ResponseBody>> futures = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) futures.add(service.pacedFuture(i));
    for (int i = 0; i < CALLS; i++) {
      try (ResponseBody body = futures.get(i).get(30, TimeUnit.SECONDS)) {
        assertEquals("hello /paced/" + i, body.string());
      }
    }
    assertPaced(start);
  }

  @Test
  void cancellingAWaitingFutureCancelsTheCallAndReturnsItsPermit() throws Exception {
    try (ResponseBody body = service.slowFuture(1).get(10, TimeUnit.SECONDS)) {
      assertEquals("hello /slow/1", body.string());
    }
    CompletableFuture<ResponseBody> waiting = service.slowFuture(2);
    // It holds a concurrency permit while it waits about 10 s for its rate slot.
    assertEquals(1, pacer.diagnostics().permitsInFlight());
    // Retrofit's future cancels the call, then itself; the call's "Canceled" failure, delivered
    // on an OkHttp thread, may complete the future first on a busy machine. Either way it is done.
    waiting.cancel(true);
    assertTrue(waiting.isDone());
    assertEquals(0, pacer.diagnostics().permitsInFlight());
    assertEquals(1, server.getRequestCount());
    if (!waiting.isCancelled()) {
      java.util.concurrent.ExecutionException e =
          org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class, waiting::get);
      assertEquals("Canceled", e.getCause().getMessage());
    }
  }

  /** Noise only delays a send, so call k can never arrive before k intervals have passed. */
  private void assertPaced(long start) {
    List<Long> sorted;
    synchronized (arrivals) {
      sorted = new ArrayList<>(arrivals);
    }
    Collections.sort(sorted);
    assertEquals(CALLS, sorted.size());
    for (int k = 0; k < CALLS; k++) {
      long since = sorted.get(k) - start;
      assertTrue(since >= k * MIN_SPACING_NANOS, "request " + k + " arrived after " + Duration.ofNanos(since));
    }
  }
}
