package dev.pacer.vendor.support.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class SigningInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final AtomicInteger signatures = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OkHttpClient signingFor(HttpUrl base) {
    return new OkHttpClient.Builder().addNetworkInterceptor(new SigningInterceptor(
        r -> r.newBuilder().header("Authorization", "Sig " + signatures.incrementAndGet()).build(), base)).build();
  }

  @Test
  void signsRequestsToTheBaseOrigin() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    signingFor(server.url("/api/")).newCall(new Request.Builder().url(server.url("/other/path")).build()).execute().close();
    assertEquals("Sig 1", server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
  }

  @Test
  void neverSignsARequestForAnotherOrigin() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    HttpUrl elsewhere = server.url("/").newBuilder().port(server.getPort() == 1 ? 2 : server.getPort() - 1).build();
    signingFor(elsewhere).newCall(new Request.Builder().url(server.url("/x")).build()).execute().close();
    assertNull(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"));
    assertEquals(0, signatures.get(), "the signer was not even asked");
  }
}
