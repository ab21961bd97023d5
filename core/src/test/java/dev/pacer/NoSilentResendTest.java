package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pacer owns every retry: OkHttp's own follow-ups on {@code 408} and on {@code 503 Retry-After:
 * 0} never send a request a second time behind Pacer's back, whatever the method. With retries
 * disabled the server sees exactly one transmission; with retries on, Pacer's retry is the one
 * that counts (and reports).
 */
final class NoSilentResendTest {
  private final MockWebServer server = new MockWebServer();
  private final List<OkHttpClient> clients = new ArrayList<>();
  private PacedCallFactory factory;

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    if (factory != null) factory.close();
    for (OkHttpClient c : clients) {
      c.dispatcher().executorService().shutdown();
      c.connectionPool().evictAll();
    }
    server.close();
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (String method : List.of("GET", "PUT", "DELETE", "POST", "POST+key")) {
      for (String answer : List.of("408", "408 Retry-After: 0", "503 Retry-After: 0")) {
        for (boolean async : List.of(false, true)) all.add(Arguments.of(method, answer, async));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} answered {1}, async={2}")
  @MethodSource("cases")
  void withRetriesDisabledTheServerSeesExactlyOneTransmission(String method, String answer, boolean async) throws Exception {
    Pacer pacer = Pacer.builder(RateLimitPolicy.none()).retry(RetryConfig.disabled()).build();
    MockResponse.Builder response = new MockResponse.Builder().code(Integer.parseInt(answer.substring(0, 3)));
    if (answer.contains("Retry-After")) response.addHeader("Retry-After", "0");
    server.enqueue(response.build());
    server.enqueue(new MockResponse.Builder().body("second").build());

    int code = call(pacer, request(method), async);

    assertEquals(Integer.parseInt(answer.substring(0, 3)), code, "the caller gets the server's answer as it came");
    assertEquals(1, server.getRequestCount(), "OkHttp resent " + method + " on its own");
  }

  private int call(Pacer pacer, Request request, boolean async) throws Exception {
    OkHttpClient base = track(new OkHttpClient());
    if (!async) {
      OkHttpClient installed = track(pacer.install(base.newBuilder()).build());
      try (Response r = installed.newCall(request).execute()) {
        return r.code();
      }
    }
    factory = pacer.callFactory(base);
    CompletableFuture<Integer> code = new CompletableFuture<>();
    factory.newCall(request).enqueue(new Callback() {
      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        code.complete(response.code());
      }

      @Override
      public void onFailure(Call call, IOException e) {
        code.completeExceptionally(e);
      }
    });
    return code.get(10, TimeUnit.SECONDS);
  }

  private OkHttpClient track(OkHttpClient c) {
    clients.add(c);
    return c;
  }

  private Request request(String method) {
    boolean key = method.endsWith("+key");
    String m = key ? method.substring(0, method.indexOf('+')) : method;
    RequestBody body = m.equals("GET") || m.equals("DELETE") ? null : RequestBody.create("{}", MediaType.get("application/json"));
    Request.Builder b = new Request.Builder().url(server.url("/things")).method(m, body);
    if (key) b.header("Idempotency-Key", "k-1");
    return b.build();
  }
}
