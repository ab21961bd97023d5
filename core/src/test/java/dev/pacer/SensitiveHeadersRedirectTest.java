package dev.pacer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.RateLimitPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain client with Pacer installed keeps following redirects, but never takes a credential or
 * a body to another origin: 301/302/307/308 x another host, another port, or both, with and
 * without a body, with {@code execute()} and {@code enqueue()}. The other origin receives none of
 * the declared sensitive headers nor {@code Authorization}, {@code Proxy-Authorization},
 * {@code Cookie}, and no body; a 307/308 that would resend a body there fails with a
 * {@link ProtocolException}; so does a redirect from {@code https} to {@code http}. Within the
 * origin, redirects keep every header and the body.
 */
final class SensitiveHeadersRedirectTest {
  private static final List<String> CREDENTIALS = List.of("X-Api-Key", "X-Session", "Authorization", "Proxy-Authorization", "Cookie");
  private static final MediaType JSON = MediaType.get("application/json");

  /** How a redirect leaves the call's origin. */
  enum Move { HOST, PORT, HOST_AND_PORT }

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int code : new int[] {301, 302, 307, 308}) {
      for (Move move : Move.values()) {
        for (boolean withBody : new boolean[] {false, true}) {
          for (boolean async : new boolean[] {false, true}) b.add(Arguments.of(code, move, withBody, async));
        }
      }
    }
    return b.build();
  }

  private static Pacer pacer() {
    return Pacer.builder(RateLimitPolicy.builder("redirects").build())
        .retry(RetryConfig.disabled())
        .sensitiveHeaders("X-Api-Key", "x-session")
        .build();
  }

  private static Request request(HttpUrl url, boolean withBody) {
    Request.Builder b = new Request.Builder().url(url)
        .header("X-Api-Key", "canary-key")
        .header("X-Session", "canary-session")
        .header("Authorization", "Bearer canary-token")
        .header("Proxy-Authorization", "Basic Y2FuYXJ5")
        .header("Cookie", "sid=canary")
        .header("Accept", "application/json");
    return withBody ? b.post(RequestBody.create("{\"secret\":\"canary-body\"}", JSON)).build() : b.build();
  }

  /** Where a redirect that makes {@code move} from {@code home} points: {@code away} when the port changes. */
  private static HttpUrl target(MockWebServer home, MockWebServer away, Move move) {
    HttpUrl h = home.url("/elsewhere");
    String otherHost = h.host().equals("localhost") ? "127.0.0.1" : "localhost";
    return h.newBuilder()
        .host(move == Move.PORT ? h.host() : otherHost)
        .port(move == Move.HOST ? h.port() : away.getPort())
        .build();
  }

  /** The call's response (closed, body read) or its IOException. */
  private static Object outcome(OkHttpClient client, Request request, boolean async) throws Exception {
    return outcomeOf(client, request, async);
  }

  private static Object outcomeOf(okhttp3.Call.Factory client, Request request, boolean async) throws Exception {
    okhttp3.Call call = client.newCall(request);
    if (!async) {
      try (Response r = call.execute()) {
        r.body().string();
        return r.code();
      } catch (IOException e) {
        return e;
      }
    }
    java.util.concurrent.CompletableFuture<Object> f = new java.util.concurrent.CompletableFuture<>();
    call.enqueue(new okhttp3.Callback() {
      @Override
      public void onResponse(okhttp3.Call c, Response r) {
        try (r) {
          r.body().string();
          f.complete(r.code());
        } catch (IOException e) {
          f.complete(e);
        }
      }

      @Override
      public void onFailure(okhttp3.Call c, IOException e) {
        f.complete(e);
      }
    });
    return f.get(10, TimeUnit.SECONDS);
  }

  @ParameterizedTest(name = "{0} to another {1}, body: {2}, async: {3}")
  @MethodSource("cases")
  void aRedirectToAnotherOriginCarriesNoCredentialAndNoBody(int code, Move move, boolean withBody, boolean async) throws Exception {
    Pacer pacer = pacer();
    try (MockWebServer home = new MockWebServer(); MockWebServer away = new MockWebServer()) {
      home.start();
      away.start();
      home.enqueue(new MockResponse.Builder().code(code).addHeader("Location", target(home, away, move)).build());
      home.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
      Object outcome = outcome(client, request(home.url("/items"), withBody), async);

      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      for (String header : CREDENTIALS) assertNotNull(original.getHeaders().get(header), "the original carried " + header);
      MockWebServer other = move == Move.HOST ? home : away;
      boolean bodyKept = withBody && (code == 307 || code == 308);
      if (bodyKept) {
        ProtocolException e = assertInstanceOf(ProtocolException.class, outcome);
        assertTrue(e.getMessage().contains("to another origin"), e.getMessage());
        assertTrue(!e.getMessage().contains("/items") && !e.getMessage().contains("canary"), e.getMessage());
        assertEquals(0, away.getRequestCount(), "the other port received a request");
        assertEquals(1, home.getRequestCount(), "the other host name received a request");
      } else {
        assertEquals(200, outcome, "the redirect is followed");
        RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("/elsewhere", redirected.getTarget());
        for (String header : CREDENTIALS) assertNull(redirected.getHeaders().get(header), header + " reached another origin");
        assertEquals("application/json", redirected.getHeaders().get("Accept"));
        assertEquals(0, redirected.getBodySize(), "a body reached another origin");
        assertEquals("GET", redirected.getMethod());
      }
    }
  }

  @Test
  void aRefusedRedirectIsNotRetriedEvenForARequestSafeToReplay() throws Exception {
    Pacer pacer = Pacer.builder(RateLimitPolicy.builder("redirects").build())
        .retry(RetryConfig.builder().maxAttempts(2).initialBackoff(java.time.Duration.ofMillis(1))
            .maxBackoff(java.time.Duration.ofMillis(2)).build())
        .sensitiveHeaders("X-Api-Key")
        .build();
    try (MockWebServer home = new MockWebServer(); MockWebServer away = new MockWebServer()) {
      home.start();
      away.start();
      for (int i = 0; i < 2; i++) {
        home.enqueue(new MockResponse.Builder().code(308).addHeader("Location", away.url("/elsewhere")).build());
      }
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      OkHttpClient client = pacer.install(new OkHttpClient.Builder()).build();
      Request put = request(home.url("/items"), true).newBuilder().put(RequestBody.create("{}", JSON)).build();
      assertInstanceOf(ProtocolException.class, outcome(client, put, false));
      assertEquals(1, home.getRequestCount(), "a protocol refusal is final: no second attempt");
      assertEquals(0, away.getRequestCount());
    }
  }

  @Test
  void theCallFactorysCallsOverAPlainClientAreGuardedTheSameWay() throws Exception {
    Pacer pacer = pacer();
    try (MockWebServer home = new MockWebServer(); MockWebServer away = new MockWebServer()) {
      home.start();
      away.start();
      home.enqueue(new MockResponse.Builder().code(302).addHeader("Location", away.url("/elsewhere")).build());
      home.enqueue(new MockResponse.Builder().code(302).addHeader("Location", away.url("/elsewhere")).build());
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      try (PacedCallFactory factory = pacer.callFactory(new OkHttpClient())) {
        for (boolean async : new boolean[] {false, true}) {
          assertEquals(200, outcomeOf(factory, request(home.url("/items"), false), async));
          RecordedRequest redirected = away.takeRequest(5, TimeUnit.SECONDS);
          for (String header : CREDENTIALS) assertEquals(null, redirected.getHeaders().get(header), header + " reached another origin");
        }
      }
    }
  }

  @Test
  void aSameOriginRedirectKeepsEveryHeaderAndTheBody() throws Exception {
    try (MockWebServer home = new MockWebServer()) {
      home.start();
      home.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/moved").build());
      home.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      OkHttpClient client = pacer().install(new OkHttpClient.Builder()).build();
      assertEquals(200, outcome(client, request(home.url("/items"), true), false));
      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest moved = home.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("/moved", moved.getTarget());
      assertEquals("POST", moved.getMethod());
      assertEquals(original.getBody(), moved.getBody());
      for (String header : CREDENTIALS) assertEquals(original.getHeaders().get(header), moved.getHeaders().get(header), header);
    }
  }

  @Test
  void aRedirectFromHttpsToHttpIsRefusedAndSendsNothing(@TempDir Path dir) throws Exception {
    SSLContext tls = selfSigned(dir);
    X509TrustManager trust = trustManager(dir);
    try (MockWebServer secure = new MockWebServer(); MockWebServer plain = new MockWebServer()) {
      secure.useHttps(tls.getSocketFactory());
      secure.start();
      plain.start();
      for (int i = 0; i < 2; i++) {
        secure.enqueue(new MockResponse.Builder().code(302).addHeader("Location", plain.url("/plain")).build());
      }
      plain.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      OkHttpClient client = pacer().install(new OkHttpClient.Builder())
          .sslSocketFactory(tls.getSocketFactory(), trust)
          .hostnameVerifier((host, session) -> true)
          .build();
      for (boolean async : new boolean[] {false, true}) {
        Object outcome = outcome(client, request(secure.url("/items"), false), async);
        ProtocolException e = assertInstanceOf(ProtocolException.class, outcome);
        assertTrue(e.getMessage().contains("downgrade from https to http"), e.getMessage());
      }
      assertEquals(2, secure.getRequestCount());
      assertEquals(0, plain.getRequestCount(), "the plain-http server received a request");
    }
  }

  @Test
  void theSensitiveHeadersAreTheDeclaredOnesPlusTheStandardCredentialsAndImmutable() {
    Pacer pacer = pacer();
    assertEquals(5, pacer.sensitiveHeaders().size());
    for (String h : CREDENTIALS) assertTrue(pacer.sensitiveHeaders().contains(h.toLowerCase(java.util.Locale.ROOT)), h);
    assertThrows(UnsupportedOperationException.class, () -> pacer.sensitiveHeaders().add("X-Other"));
    assertEquals(3, Pacer.builder(RateLimitPolicy.builder("p").build()).build().sensitiveHeaders().size());
    assertThrows(IllegalArgumentException.class, () -> Pacer.builder(RateLimitPolicy.builder("p").build()).sensitiveHeaders(" "));
  }

  /** A TLS context for a self-signed localhost certificate made now by the JDK's keytool (no key in the repository). */
  private static SSLContext selfSigned(Path dir) throws Exception {
    Path store = keyStore(dir);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), new javax.net.ssl.TrustManager[] {trustManager(dir)}, null);
    return context;
  }

  private static X509TrustManager trustManager(Path dir) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore(dir))) {
      ks.load(in, "changeit".toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    return (X509TrustManager) tmf.getTrustManagers()[0];
  }

  private static synchronized Path keyStore(Path dir) throws Exception {
    Path store = dir.resolve("localhost.p12");
    if (Files.exists(store)) return store;
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
    assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    return store;
  }
}
