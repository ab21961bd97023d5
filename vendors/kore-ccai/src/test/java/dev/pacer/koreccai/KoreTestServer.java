package dev.pacer.koreccai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.RetryConfig;
import dev.pacer.policy.Rate;
import dev.pacer.vendor.support.VendorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer plus a KoreCcaiClient pointed at it (Kore's shape of limit, scaled up so wire
 * tests never wait), and assertions on what went over the wire: method, target, a JWT in {@code
 * auth} that verifies with the secret, and the {@code accountId} header.
 */
final class KoreTestServer implements AutoCloseable {
  static final String CLIENT_ID = "cs-5a0e6c1d-2b3c-5d4e-8f90-0a1b2c3dxxxx";
  static final String SECRET = "s3cr3t-HS256-key/+never-shown";
  static final String ACCOUNT = "65f1c0ffee00000000000001";
  static final String STREAM = "st-1d7611fa-908a-5f0c-8871-f7ea97a0xxxx";

  static final ObjectMapper JSON = VendorJson.newMapper();

  final MockWebServer server = new MockWebServer();
  final KoreCcaiClient client;

  /** A started server and client, for {@code @AutoClose} fields; a failure to start fails the test. */
  static KoreTestServer start() {
    try {
      return new KoreTestServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  KoreTestServer() throws IOException {
    server.start();
    client = KoreCcaiClient.builder()
        .clientId(CLIENT_ID)
        .clientSecret(SECRET)
        .accountId(ACCOUNT)
        .baseUrl(server.url("/"))
        .policy(KoreCcaiPolicy.withRate(Rate.perSecond(1000)))
        .retry(RetryConfig.disabled())
        .build();
  }

  /** Answers the next request with {@code code} and the JSON {@code body} (null: no body). */
  void reply(int code, String body) {
    MockResponse.Builder b = new MockResponse.Builder().code(code);
    if (body != null) b.addHeader("Content-Type", "application/json; charset=utf-8").body(body);
    server.enqueue(b.build());
  }

  /** The next request, checked for method, target (path and query), a verifying JWT and the account header. */
  RecordedRequest take(String method, String target) throws Exception {
    RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
    assertNotNull(r, "no request arrived");
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(ACCOUNT, r.getHeaders().get("accountId"));
    assertNull(r.getHeaders().get("Authorization"), "Kore takes the JWT in 'auth', not Authorization");
    JsonNode claims = verifiedClaims(r.getHeaders().get("auth"), SECRET);
    assertEquals(CLIENT_ID, claims.get("appId").asText());
    assertEquals("pacer", claims.get("sub").asText());
    assertTrue(claims.get("exp").asLong() > claims.get("iat").asLong(), claims.toString());
    return r;
  }

  /** Like {@link #take}, and the body is JSON equal to {@code expectedJson}. */
  RecordedRequest takeJson(String method, String target, String expectedJson) throws Exception {
    RecordedRequest r = take(method, target);
    assertEquals("application/json; charset=UTF-8", r.getHeaders().get("Content-Type"));
    assertEquals(JSON.readTree(expectedJson), JSON.readTree(r.getBody().utf8()), "request body");
    return r;
  }

  /** Like {@link #take}, and the request has no body. */
  RecordedRequest takeEmpty(String method, String target) throws Exception {
    RecordedRequest r = take(method, target);
    assertNull(r.getHeaders().get("Content-Type"));
    assertEquals(0, Math.max(0, r.getBodySize()));
    return r;
  }

  /**
   * The claims of {@code jwt} after checking it is a compact HS256 JWS whose signature verifies
   * with {@code secret} (an implementation separate from the client's).
   */
  static JsonNode verifiedClaims(String jwt, String secret) throws Exception {
    assertNotNull(jwt, "no auth header");
    String[] parts = jwt.split("\\.", -1);
    assertEquals(3, parts.length, "compact JWS has three parts");
    Base64.Decoder b64 = Base64.getUrlDecoder();
    JsonNode header = JSON.readTree(b64.decode(parts[0]));
    assertEquals("HS256", header.get("alg").asText());
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertTrue(MessageDigest.isEqual(expected, b64.decode(parts[2])), "signature does not verify");
    assertTrue(!parts[2].contains("=") && !parts[2].contains("+") && !parts[2].contains("/"), "base64url, no padding");
    return JSON.readTree(b64.decode(parts[1]));
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
