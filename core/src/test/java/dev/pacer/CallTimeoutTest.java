package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client's {@code callTimeout} bounds the whole call in every driver, Pacer's waits included:
 * a call with a 500 ms timeout that would wait 10 s for its rate permit fails with OkHttp's own
 * {@code InterruptedIOException("timeout")} at its deadline, returns its booking, and never reaches
 * the server. On the system clock, since the timeout is OkHttp's; the bound checked is generous
 * (a hang would be seconds), not a speed target.
 */
final class CallTimeoutTest {
  enum Driver {
    INTERCEPTOR_EXECUTE, INTERCEPTOR_ENQUEUE, FACTORY_EXECUTE, FACTORY_ENQUEUE
  }

  private final MockWebServer server = new MockWebServer();
  private OkHttpClient base;
  private OkHttpClient installed;
  private PacedCallFactory factory;

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    if (factory != null) factory.close();
    for (OkHttpClient c : new OkHttpClient[] {base, installed}) {
      if (c == null) continue;
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aCallWaitingForATenSecondPermitEndsAtItsCallTimeout(Driver driver) throws Exception {
    RateLimitPolicy policy = RateLimitPolicy.builder("slow").rule("slow", "GET /slow", Rate.of(1, Duration.ofSeconds(10))).build();
    Pacer pacer = Pacer.builder(policy).maxWait(Duration.ofSeconds(30)).build();
    base = new OkHttpClient.Builder().callTimeout(Duration.ofMillis(500)).build();
    installed = pacer.install(base.newBuilder()).build();
    factory = pacer.callFactory(base);
    Request request = new Request.Builder().url(server.url("/slow")).build();
    server.enqueue(new MockResponse.Builder().body("first").build());
    installed.newCall(request).execute().close();

    Call.Factory calls = driver.name().startsWith("FACTORY") ? factory : installed;
    Call call = calls.newCall(request);
    long start = System.nanoTime();
    CompletableFuture<IOException> failure = new CompletableFuture<>();
    if (driver.name().endsWith("ENQUEUE")) {
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call c, Response response) {
          response.close();
          failure.complete(null);
        }

        @Override
        public void onFailure(Call c, IOException e) {
          failure.complete(e);
        }
      });
    } else {
      new Thread(() -> {
        try {
          call.execute().close();
          failure.complete(null);
        } catch (IOException e) {
          failure.complete(e);
        }
      }).start();
    }

    IOException e = failure.get(10, TimeUnit.SECONDS);
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(e instanceof InterruptedIOException, "expected a timeout, got " + e);
    assertEquals("timeout", e.getMessage());
    assertTrue(tookMillis >= 450, "ended before its deadline: " + tookMillis + " ms");
    assertTrue(tookMillis < 3_000, "ended long after its 500 ms deadline: " + tookMillis + " ms");
    assertEquals(1, server.getRequestCount(), "the timed-out call reached the server");
    assertEquals(0, pacer.diagnostics().permitsInFlight());
  }
}
