package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.policy.Endpoint;
import java.io.IOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

final class ApiExceptionTest {
  /** A vendor error shaped {"code": ..., "message": ...}. */
  record VendorError(String code, String message) {}

  static final ErrorBodyParser<VendorError> PARSER = new ErrorBodyParser<>() {
    private final ObjectMapper mapper = VendorJson.newMapper();

    @Override
    public VendorError parse(int status, String body) {
      try {
        JsonNode n = mapper.readTree(body);
        if (n == null || !n.isObject() || !n.has("message")) return null;
        return new VendorError(n.path("code").asText(null), n.get("message").asText());
      } catch (IOException e) {
        return null;
      }
    }

    @Override
    public String message(VendorError error) {
      return error.message();
    }
  };

  interface Service {
    @GET("api/v1/contact/{id}")
    Call<ResponseBody> contact(@Path("id") long id);
  }

  private static final String SECRET = "s3cr3t-api-key";
  private final MockWebServer server = new MockWebServer();
  private Service service;

  @BeforeEach
  void start() throws IOException {
    server.start();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(new EndpointTagInterceptor(server.url("/")))
        .addInterceptor(AuthHeaderInterceptor.basic("pacer", SECRET))
        .build();
    service = new Retrofit.Builder().baseUrl(server.url("/")).client(client).build().create(Service.class);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void carriesStatusBodyParsedErrorAndRateLimitFacts() {
    server.enqueue(new MockResponse.Builder()
        .code(429)
        .addHeader("Content-Type", "application/json")
        .addHeader("X-RateLimit-Limit", "200")
        .addHeader("X-RateLimit-Remaining", "0")
        .addHeader("X-RateLimit-Reset", "1767225610")
        .addHeader("Retry-After", "3")
        .body("{\"code\":\"rate_limit_exceeded\",\"message\":\"More than 200 requests per 1 second\"}")
        .build());
    ApiException e = assertThrows(ApiException.class, () -> VendorCalls.execute(service.contact(42), PARSER));
    assertEquals(429, e.status());
    assertTrue(e.isRateLimited());
    assertEquals("GET /api/v1/contact/{id}", e.endpoint());
    assertEquals(new VendorError("rate_limit_exceeded", "More than 200 requests per 1 second"), e.error());
    assertEquals(e.error(), e.error(VendorError.class));
    assertNull(e.error(String.class));
    assertTrue(e.errorBody().contains("rate_limit_exceeded"));
    assertEquals(new RateLimitFacts(200L, 0L, "1767225610", Duration.ofSeconds(3)), e.rateLimit());
    assertEquals("GET /api/v1/contact/{id}: HTTP 429 More than 200 requests per 1 second", e.getMessage());
  }

  @Test
  void neverHoldsTheCredential() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).body("Unauthorized").build());
    ApiException e = assertThrows(ApiException.class, () -> VendorCalls.execute(service.contact(1), PARSER));
    String credentialHeader = server.takeRequest().getHeaders().get("Authorization");
    assertTrue(credentialHeader.startsWith("Basic "));
    String encoded = credentialHeader.substring("Basic ".length());
    for (String text : new String[] {e.getMessage(), e.toString(), e.errorBody(), String.valueOf(e.rateLimit())}) {
      assertFalse(text.contains(SECRET), text);
      assertFalse(text.contains(encoded), text);
    }
    assertNull(e.error());
    assertEquals("GET /api/v1/contact/{id}: HTTP 401 Unauthorized", e.getMessage());
  }

  @Test
  void capsTheErrorBody() {
    String huge = "x".repeat(ApiException.MAX_ERROR_BODY * 2);
    server.enqueue(new MockResponse.Builder().code(500).body(huge).build());
    ApiException e = assertThrows(ApiException.class, () -> VendorCalls.execute(service.contact(1), PARSER));
    assertEquals(ApiException.MAX_ERROR_BODY, e.errorBody().length());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void emptyOrHtmlBodiesGiveABareStatusMessage() {
    server.enqueue(new MockResponse.Builder().code(503).body("<html><body>Bad gateway</body></html>").build());
    ApiException e = assertThrows(ApiException.class, () -> VendorCalls.execute(service.contact(1), ErrorBodyParser.NONE));
    assertEquals("GET /api/v1/contact/{id}: HTTP 503", e.getMessage());
    assertEquals(RateLimitFacts.NONE, e.rateLimit());
  }

  @Test
  void aThrowingParserStillYieldsTheRawBody() {
    ErrorBodyParser<Object> broken = new ErrorBodyParser<>() {
      @Override
      public Object parse(int status, String body) {
        throw new IllegalStateException("bug");
      }

      @Override
      public String message(Object error) {
        return null;
      }
    };
    server.enqueue(new MockResponse.Builder().code(400).body("bad field").build());
    ApiException e = assertThrows(ApiException.class, () -> VendorCalls.execute(service.contact(1), broken));
    assertEquals("bad field", e.errorBody());
    assertEquals("GET /api/v1/contact/{id}: HTTP 400 bad field", e.getMessage());
  }

  @Test
  void readsHttpDateRetryAfterAgainstTheServersDate() {
    Headers headers = new Headers.Builder()
        .add("Date", "Wed, 04 Jun 2025 10:00:00 GMT")
        .add("Retry-After", "Wed, 04 Jun 2025 10:00:30 GMT")
        .build();
    assertEquals(Duration.ofSeconds(30), RateLimitFacts.from(headers, 0L).retryAfter());
    Headers garbage = Headers.of("Retry-After", "soon", "X-RateLimit-Limit", "lots");
    assertSame(RateLimitFacts.NONE, RateLimitFacts.from(garbage, 0L));
    assertEquals(100L, RateLimitFacts.from(Headers.of("RateLimit-Limit", "100;w=60"), 0L).limit());
  }

  @Test
  void anUntaggedRequestIsLabelledByItsMethodNeverItsPath() {
    Request untagged = new Request.Builder().url("https://example.com/users/u-secret-id/b?token=zzz").build();
    ApiException e = ApiException.from(untagged, 404, "", Headers.of(), 0L, ErrorBodyParser.NONE);
    assertEquals("GET (unmatched): HTTP 404", e.getMessage());
    assertFalse(e.endpoint().contains("u-secret-id"));
    Request tagged = untagged.newBuilder().tag(Endpoint.class, Endpoint.of("GET", "/a/{id}")).build();
    assertEquals("GET /a/{id}", ApiException.from(tagged, 404, "", Headers.of(), 0L, ErrorBodyParser.NONE).endpoint());
  }
}
