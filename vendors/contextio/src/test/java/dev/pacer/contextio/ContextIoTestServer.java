package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A MockWebServer plus a ContextIoClient pointed at it, and checks of what went over the wire,
 * including an OAuth 1.0a verifier written independently of the client's signer (it encodes with
 * {@link URLEncoder} and rebuilds the base string from the request as the server received it).
 */
final class ContextIoTestServer implements AutoCloseable {
  static final String KEY = "cio_key_3f9a51";
  static final String SECRET = "cio-secret/very+secret=1";

  private static final Pattern PARAM = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

  final MockWebServer server = new MockWebServer();
  final ContextIoClient client;

  /** A started server and client, for {@code @AutoClose} fields; a failure to start fails the test. */
  static ContextIoTestServer start() {
    try {
      return new ContextIoTestServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ContextIoTestServer() throws IOException {
    this(RetryConfig.disabled());
  }

  ContextIoTestServer(RetryConfig retry) throws IOException {
    server.start();
    client = ContextIoClient.builder()
        .consumerKey(KEY)
        .consumerSecret(SECRET)
        .baseUrl(server.url("/lite/"))
        .retry(retry)
        .nonces(new Random(7))
        .build();
  }

  /** Answers the next request with {@code code} and the JSON {@code body} (null: no body). */
  void reply(int code, String body) {
    MockResponse.Builder b = new MockResponse.Builder().code(code);
    if (body != null) b.addHeader("Content-Type", "application/json").body(body);
    server.enqueue(b.build());
  }

  /** Answers the next request with 200 and {@code {"success":true}}. */
  void replySuccess() {
    reply(200, "{\"success\":true}");
  }

  /** The next request, checked for method, target (path and query) and a valid OAuth signature. */
  RecordedRequest take(String method, String target) throws Exception {
    RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
    assertNotNull(r, "no request arrived");
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertSignedByTheSpec(r);
    return r;
  }

  /** Like {@link #take}, and the body is a form whose fields are {@code expected}, in order. */
  RecordedRequest takeForm(String method, String target, Map<String, String> expected) throws Exception {
    RecordedRequest r = take(method, target);
    assertEquals("application/x-www-form-urlencoded", r.getHeaders().get("Content-Type"));
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(formOf(r).entrySet()));
    return r;
  }

  /** An ordered form from alternating names and values. */
  static Map<String, String> form(String... namesAndValues) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) form.put(namesAndValues[i], namesAndValues[i + 1]);
    return form;
  }

  /** Like {@link #take}, and the request has no body to speak of. */
  RecordedRequest takeEmpty(String method, String target) throws Exception {
    RecordedRequest r = take(method, target);
    assertEquals(0, Math.max(0, r.getBodySize()));
    return r;
  }

  /** The decoded fields of a form body, in order. */
  static Map<String, String> formOf(RecordedRequest r) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    if (body.isEmpty()) return out;
    for (String part : body.split("&")) {
      int eq = part.indexOf('=');
      out.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The OAuth parameters of {@code r}'s {@code Authorization} header, decoded. */
  static Map<String, String> oauthOf(RecordedRequest r) {
    String header = r.getHeaders().get("Authorization");
    assertNotNull(header, "no Authorization header");
    assertTrue(header.startsWith("OAuth "), header);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(header);
    while (m.find()) out.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
    return out;
  }

  /** Recomputes the signature of {@code r} as Context.IO would and compares. */
  static void assertSignedByTheSpec(RecordedRequest r) throws Exception {
    Map<String, String> oauth = oauthOf(r);
    assertEquals(KEY, oauth.get("oauth_consumer_key"));
    assertEquals("HMAC-SHA1", oauth.get("oauth_signature_method"));
    assertEquals("1.0", oauth.get("oauth_version"));
    assertTrue(oauth.get("oauth_nonce").length() >= 16, oauth.toString());
    assertTrue(oauth.get("oauth_timestamp").matches("\\d{10}"), oauth.toString());

    List<String[]> pairs = new ArrayList<>();
    HttpUrl url = HttpUrl.get("http://" + r.getHeaders().get("Host") + r.getTarget());
    for (int i = 0; i < url.querySize(); i++) {
      String v = url.queryParameterValue(i);
      pairs.add(new String[] {enc(url.queryParameterName(i)), enc(v == null ? "" : v)});
    }
    String type = r.getHeaders().get("Content-Type");
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      formOf(r).forEach((k, v) -> pairs.add(new String[] {enc(k), enc(v)}));
    }
    oauth.forEach((k, v) -> {
      if (!k.equals("oauth_signature")) pairs.add(new String[] {enc(k), enc(v)});
    });
    pairs.sort(java.util.Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringBuilder normalized = new StringBuilder();
    for (String[] p : pairs) normalized.append(normalized.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
    String base = r.getMethod() + "&" + enc("http://" + r.getHeaders().get("Host") + url.encodedPath()) + "&"
        + enc(normalized.toString());
    Mac mac = Mac.getInstance("HmacSHA1");
    mac.init(new SecretKeySpec((enc(SECRET) + "&").getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
    String expected = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(expected, oauth.get("oauth_signature"), "signature over " + base);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
