package dev.pacer.vendor.support.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ProtocolException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class OriginGuardTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.vendor.test/v1/");
  private final OriginGuard guard = new OriginGuard(BASE);
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Response redirect(Request request, int code, String location) {
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(code).message("moved")
        .header("Location", location).build();
  }

  private static Request post(String url, RequestBody body) {
    return new Request.Builder().url(url).header("Authorization", "Bearer canary").post(body).build();
  }

  @Test
  void followsWithinTheOriginOnly() {
    Request get = new Request.Builder().url("https://api.vendor.test/v1/a").build();
    assertEquals(HttpUrl.get("https://api.vendor.test/v2/b"), guard.followUp(get, redirect(get, 302, "/v2/b")).url());
    assertNull(guard.followUp(get, redirect(get, 302, "http://api.vendor.test/v1/a")), "https to http");
    assertNull(guard.followUp(get, redirect(get, 302, "https://evil.test/v1/a")), "another host");
    assertNull(guard.followUp(get, redirect(get, 302, "https://api.vendor.test:8443/v1/a")), "another port");
    assertNull(guard.followUp(get, redirect(get, 302, "https://API.vendor.test.evil.test/")), "a look-alike host");
    assertNull(guard.followUp(get, redirect(get, 304, "/v2/b")), "not a redirect");
    assertNull(guard.followUp(get, redirect(get, 302, "ftp://api.vendor.test/")), "not http");
  }

  @Test
  void aSeeOtherTurnsAPostIntoABodilessGetWhileA307KeepsIt() {
    Request post = post("https://api.vendor.test/v1/a", RequestBody.create("{}", MediaType.get("application/json")));
    Request seeOther = guard.followUp(post, redirect(post, 303, "/v1/b"));
    assertEquals("GET", seeOther.method());
    assertNull(seeOther.body());
    Request temporary = guard.followUp(post, redirect(post, 307, "/v1/b"));
    assertEquals("POST", temporary.method());
    assertNotNull(temporary.body());
    assertEquals("Bearer canary", temporary.header("Authorization"), "same origin keeps the credential");
  }

  @Test
  void aOneShotBodyIsNeverSentTwice() {
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return null;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("x");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
    Request post = post("https://api.vendor.test/v1/a", oneShot);
    assertNull(guard.followUp(post, redirect(post, 308, "/v1/b")));
  }

  @Test
  void stopsAfterTwentyRedirects() {
    for (int i = 0; i <= OriginGuard.MAX_FOLLOW_UPS; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop").build());
    }
    OkHttpClient client = new OkHttpClient.Builder().followRedirects(false)
        .addInterceptor(new OriginGuard(server.url("/"))).build();
    assertThrows(ProtocolException.class, () -> client.newCall(new Request.Builder().url(server.url("/")).build()).execute());
    assertEquals(OriginGuard.MAX_FOLLOW_UPS + 1, server.getRequestCount());
  }

  @Test
  void aRequestForAnotherOriginKeepsNoCredentialHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).build());
    OkHttpClient client = new OkHttpClient.Builder().followRedirects(false)
        .addInterceptor(new OriginGuard(BASE)).build();
    Request request = new Request.Builder().url(server.url("/x"))
        .header("Authorization", "Bearer canary")
        .header("auth", "jwt-canary")
        .header("X-Api-Key", "key-canary")
        .header("Accept", "application/json")
        .build();
    client.newCall(request).execute().close();
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNull(r.getHeaders().get("Authorization"));
    assertNull(r.getHeaders().get("auth"));
    assertNull(r.getHeaders().get("X-Api-Key"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
  }
}
