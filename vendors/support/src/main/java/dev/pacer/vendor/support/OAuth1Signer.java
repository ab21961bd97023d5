package dev.pacer.vendor.support;

import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * Signs requests with OAuth 1.0a {@code HMAC-SHA1} (RFC 5849), as APIs such as Context.IO
 * require: two-legged with a consumer key and secret alone, or with an access token and its
 * secret too. Each call of {@link #sign} draws a new nonce and reads the clock for a new
 * timestamp, and sets the {@code Authorization: OAuth ...} header.
 *
 * <pre>{@code
 * OAuth1Signer signer = OAuth1Signer.builder(consumerKey, consumerSecret).build();
 * Request signed = signer.sign(request);
 * }</pre>
 *
 * <p>The signature base string holds the method, the URL without query (scheme and host in lower
 * case, a default port left out) and every parameter: the query's, the {@code oauth_*} ones and,
 * when the body is {@code application/x-www-form-urlencoded}, the form's, each percent-encoded
 * per RFC 5849 section 3.6 and sorted by name, then value. Other bodies are not signed (the spec
 * has no place for them). Only the JDK's {@code javax.crypto} is used.
 *
 * <p>Neither secret ever appears in {@link #toString()} or in an exception message. Immutable
 * and thread-safe.
 */
public final class OAuth1Signer implements RequestSigner {
  private static final String HMAC_SHA1 = "HmacSHA1";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] NONCE_DIGITS = "0123456789abcdef".toCharArray();

  private final String consumerKey;
  private final String token;
  private final SecretKeySpec key;
  private final PacerClock clock;
  private final Random random;

  private OAuth1Signer(Builder b) {
    this.consumerKey = b.consumerKey;
    this.token = b.token;
    String keyText = encode(b.consumerSecret) + "&" + (b.tokenSecret == null ? "" : encode(b.tokenSecret));
    this.key = new SecretKeySpec(keyText.getBytes(StandardCharsets.US_ASCII), HMAC_SHA1);
    this.clock = b.clock;
    this.random = b.random != null ? b.random : new SecureRandom();
    try {
      Mac.getInstance(HMAC_SHA1).init(key); // fail now, not on the first request
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot compute HMAC-SHA1", e);
    }
  }

  /**
   * A builder for a two-legged signer with the application's consumer key and secret; both are
   * required and may not be blank.
   */
  public static Builder builder(String consumerKey, String consumerSecret) {
    return new Builder(consumerKey, consumerSecret);
  }

  /** The consumer key (it travels in clear in every request; the secret never does). */
  public String consumerKey() {
    return consumerKey;
  }

  /** {@code request} with an {@code Authorization: OAuth ...} header carrying a fresh signature. */
  @Override
  public Request sign(Request request) throws IOException {
    Objects.requireNonNull(request, "request == null");
    String header = authorization(request, nonce(), clock.wallMillis() / 1000);
    return request.newBuilder().header("Authorization", header).build();
  }

  /**
   * The {@code Authorization} header value for {@code request} signed with {@code nonce} at
   * {@code timestampSeconds}: {@code OAuth} followed by the {@code oauth_*} parameters in name
   * order, values percent-encoded and quoted.
   */
  String authorization(Request request, String nonce, long timestampSeconds) throws IOException {
    Map<String, String> oauth = oauthParameters(nonce, timestampSeconds);
    String signature = signature(baseString(request, oauth));
    oauth.put("oauth_signature", signature);
    StringBuilder b = new StringBuilder("OAuth ");
    boolean first = true;
    for (Map.Entry<String, String> e : oauth.entrySet()) {
      if (!first) b.append(", ");
      first = false;
      b.append(encode(e.getKey())).append("=\"").append(encode(e.getValue())).append('"');
    }
    return b.toString();
  }

  /** The protocol parameters, sorted by name, without the signature. */
  TreeMap<String, String> oauthParameters(String nonce, long timestampSeconds) {
    TreeMap<String, String> oauth = new TreeMap<>();
    oauth.put("oauth_consumer_key", consumerKey);
    oauth.put("oauth_nonce", nonce);
    oauth.put("oauth_signature_method", "HMAC-SHA1");
    oauth.put("oauth_timestamp", Long.toString(timestampSeconds));
    if (token != null) oauth.put("oauth_token", token);
    oauth.put("oauth_version", "1.0");
    return oauth;
  }

  /** The base64 HMAC-SHA1 of {@code baseString} under this signer's key. */
  String signature(String baseString) throws IOException {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA1);
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IOException("HMAC-SHA1 failed: " + e.getClass().getName());
    }
  }

  /**
   * The signature base string of RFC 5849 section 3.4.1 for {@code request} with the protocol
   * parameters {@code oauth} (which must not hold {@code oauth_signature} or {@code realm}).
   */
  static String baseString(Request request, Map<String, String> oauth) throws IOException {
    List<String[]> params = new ArrayList<>();
    HttpUrl url = request.url();
    for (int i = 0, n = url.querySize(); i < n; i++) {
      String value = url.queryParameterValue(i);
      params.add(pair(url.queryParameterName(i), value == null ? "" : value));
    }
    for (String[] p : formParameters(request.body())) params.add(pair(p[0], p[1]));
    for (Map.Entry<String, String> e : oauth.entrySet()) params.add(pair(e.getKey(), e.getValue()));
    params.sort((a, b) -> {
      int c = a[0].compareTo(b[0]);
      return c != 0 ? c : a[1].compareTo(b[1]);
    });
    StringBuilder normalized = new StringBuilder();
    for (String[] p : params) {
      if (normalized.length() > 0) normalized.append('&');
      normalized.append(p[0]).append('=').append(p[1]);
    }
    return request.method().toUpperCase(java.util.Locale.ROOT) + "&" + encode(baseUri(url)) + "&" + encode(normalized.toString());
  }

  /** RFC 5849 section 3.4.1.2: scheme and host in lower case, default ports dropped, no query. */
  static String baseUri(HttpUrl url) {
    StringBuilder b = new StringBuilder().append(url.scheme()).append("://").append(url.host().toLowerCase(java.util.Locale.ROOT));
    if (url.port() != HttpUrl.defaultPort(url.scheme())) b.append(':').append(url.port());
    return b.append(url.encodedPath()).toString();
  }

  private static String[] pair(String name, String value) {
    return new String[] {encode(name), encode(value)};
  }

  /** The decoded name/value pairs of a form-encoded body, or none for any other body. */
  private static List<String[]> formParameters(RequestBody body) throws IOException {
    List<String[]> out = new ArrayList<>();
    if (body == null) return out;
    if (body instanceof FormBody) {
      FormBody form = (FormBody) body;
      for (int i = 0; i < form.size(); i++) out.add(new String[] {form.name(i), form.value(i)});
      return out;
    }
    MediaType type = body.contentType();
    if (type == null || !"application".equals(type.type()) || !"x-www-form-urlencoded".equals(type.subtype())) return out;
    if (body.isOneShot() || body.isDuplex()) {
      throw new IOException("cannot sign a one-shot form body: its parameters belong in the signature");
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    String text = buffer.readString(type.charset(StandardCharsets.UTF_8));
    if (text.isEmpty()) return out;
    try {
      for (String part : text.split("&", -1)) {
        if (part.isEmpty()) continue;
        int eq = part.indexOf('=');
        String name = eq < 0 ? part : part.substring(0, eq);
        String value = eq < 0 ? "" : part.substring(eq + 1);
        out.add(new String[] {URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)});
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("form body is not valid application/x-www-form-urlencoded");
    }
    return out;
  }

  /** RFC 5849 section 3.6: UTF-8, every byte but ALPHA, DIGIT, '-', '.', '_' and '~' as %XX. */
  static String encode(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length + 8);
    for (byte x : bytes) {
      int c = x & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return b.toString();
  }

  /** 32 hex digits from 16 random bytes. */
  private String nonce() {
    byte[] bytes = new byte[16];
    synchronized (random) {
      random.nextBytes(bytes);
    }
    char[] out = new char[32];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = NONCE_DIGITS[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = NONCE_DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  @Override
  public String toString() {
    return "OAuth1Signer{HMAC-SHA1" + (token != null ? ", with token" : ", two-legged") + ", secrets ██}";
  }

  /** Builds an {@link OAuth1Signer}. Not thread-safe; {@link #build()} copies the settings. */
  public static final class Builder {
    private final String consumerKey;
    private final String consumerSecret;
    private String token;
    private String tokenSecret;
    private PacerClock clock = PacerClock.system();
    private Random random;

    private Builder(String consumerKey, String consumerSecret) {
      Objects.requireNonNull(consumerKey, "consumerKey == null");
      Objects.requireNonNull(consumerSecret, "consumerSecret == null");
      if (consumerKey.isBlank()) throw new IllegalArgumentException("consumerKey is blank");
      if (consumerSecret.isBlank()) throw new IllegalArgumentException("consumerSecret is blank");
      this.consumerKey = consumerKey;
      this.consumerSecret = consumerSecret;
    }

    /** Signs three-legged, with an access token and its secret; neither may be blank. Default: none. */
    public Builder token(String token, String tokenSecret) {
      Objects.requireNonNull(token, "token == null");
      Objects.requireNonNull(tokenSecret, "tokenSecret == null");
      if (token.isBlank()) throw new IllegalArgumentException("token is blank");
      if (tokenSecret.isBlank()) throw new IllegalArgumentException("tokenSecret is blank");
      this.token = token;
      this.tokenSecret = tokenSecret;
      return this;
    }

    /** The clock whose wall time gives {@code oauth_timestamp}. Default {@link PacerClock#system()}. */
    public Builder clock(PacerClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The source of nonces. Default: a new {@link SecureRandom}. Tests pass a seeded {@link
     * Random}; production code should keep the default.
     */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /** The signer. */
    public OAuth1Signer build() {
      return new OAuth1Signer(this);
    }

    @Override
    public String toString() {
      return "OAuth1Signer.Builder{secrets ██}";
    }
  }
}
