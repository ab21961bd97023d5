package dev.pacer.nylas.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.HmacSignatureVerifier;
import dev.pacer.vendor.support.VendorJson;
import dev.pacer.vendor.support.WebhookVerificationException;
import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Verifies Nylas (API v2) webhook deliveries, reads them, and answers the {@code challenge}
 * handshake. Nylas signs each notification with {@value #SIGNATURE_HEADER}, the hex HMAC-SHA256
 * of the raw body under the application's <b>client secret</b>; this class checks it in constant
 * time (see {@link HmacSignatureVerifier} for the exact rules) and only then parses the body.
 *
 * <pre>{@code
 * NylasWebhookVerifier verifier = NylasWebhookVerifier.create(System.getenv("NYLAS_CLIENT_SECRET"));
 * // GET ?challenge=...: answer 200 with the value as a plain-text body
 * String challenge = NylasWebhookVerifier.challenge(rawQuery);
 * // POST: verify, then read
 * NylasNotification n = verifier.read(verifier.readBody(requestBody), signatureHeader);
 * }</pre>
 *
 * <p>The header value is the 64 hex digits alone, with no prefix. A refusal is a {@link
 * WebhookVerificationException}: answer it with 401 or 403 and do not act on the body. The secret
 * never appears in {@link #toString()} or in an exception. Immutable and thread-safe.
 */
public final class NylasWebhookVerifier {
  /** The header Nylas signs with. */
  public static final String SIGNATURE_HEADER = "X-Nylas-Signature";
  /** The query parameter of Nylas's verification request. */
  public static final String CHALLENGE_PARAMETER = "challenge";
  /** The longest challenge answered, in characters; Nylas's are far shorter. */
  public static final int MAX_CHALLENGE_LENGTH = 1024;

  private static final ObjectMapper MAPPER = VendorJson.newMapper();

  private final HmacSignatureVerifier hmac;

  private NylasWebhookVerifier(HmacSignatureVerifier hmac) {
    this.hmac = hmac;
  }

  /** A verifier for the application whose client secret is {@code clientSecret}. */
  public static NylasWebhookVerifier create(String clientSecret) {
    return new NylasWebhookVerifier(HmacSignatureVerifier.hmacSha256(clientSecret));
  }

  /**
   * This verifier with another body limit in bytes (default {@value
   * HmacSignatureVerifier#DEFAULT_MAX_BODY_BYTES}, 4 MiB).
   */
  public NylasWebhookVerifier withMaxBodyBytes(int maxBodyBytes) {
    return new NylasWebhookVerifier(hmac.withMaxBodyBytes(maxBodyBytes));
  }

  /** The largest body accepted, in bytes. */
  public int maxBodyBytes() {
    return hmac.maxBodyBytes();
  }

  /**
   * Reads a delivery's body, refusing one longer than {@link #maxBodyBytes()} after reading at
   * most one byte past it. Does not close {@code in}.
   */
  public byte[] readBody(InputStream in) throws IOException, WebhookVerificationException {
    return hmac.readBody(in);
  }

  /**
   * Returns normally when {@code signatureHeader} ({@value #SIGNATURE_HEADER}, null when absent)
   * is Nylas's signature of {@code body}; throws otherwise.
   */
  public void verify(byte[] body, String signatureHeader) throws WebhookVerificationException {
    hmac.verify(body, signatureHeader);
  }

  /**
   * {@link #verify Verifies} the delivery, then reads it. A body that is signed but not a Nylas
   * notification (not a JSON object with a {@code deltas} array of delta objects) is refused with
   * {@code MALFORMED_PAYLOAD}.
   */
  public NylasNotification read(byte[] body, String signatureHeader) throws WebhookVerificationException {
    verify(body, signatureHeader);
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || !root.isObject() || !root.path("deltas").isArray()) {
        throw malformed("body is not an object with a deltas array");
      }
      for (JsonNode delta : root.get("deltas")) {
        if (!delta.isObject()) throw malformed("a delta is not an object");
      }
      return MAPPER.treeToValue(root, NylasNotification.class);
    } catch (IOException | RuntimeException e) {
      throw malformed("not a Nylas notification (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static WebhookVerificationException malformed(String why) {
    return new WebhookVerificationException(Reason.MALFORMED_PAYLOAD, why);
  }

  /**
   * The value to answer Nylas's verification request with, read from the request's raw
   * (still percent-encoded) query string: the decoded {@value #CHALLENGE_PARAMETER} parameter.
   * Send it back as the whole body of a {@code 200} answer, as {@code text/plain}, within Nylas's
   * 10 seconds. Returns null (answer 400) when the query has no such parameter, or its value is
   * empty, longer than {@value #MAX_CHALLENGE_LENGTH} characters, not valid percent-encoding, or
   * holds control characters. The handshake is unsigned: it proves only that the endpoint
   * answers, so it must never trigger anything else.
   *
   * @param rawQuery the query string without {@code ?}, such as {@code
   *     HttpExchange.getRequestURI().getRawQuery()} or a servlet's {@code getQueryString()}; null for none
   */
  public static String challenge(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return null;
    for (String pair : rawQuery.split("&", 64)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (!name.equals(CHALLENGE_PARAMETER) || eq < 0) continue;
      String raw = pair.substring(eq + 1);
      if (raw.length() > 3 * MAX_CHALLENGE_LENGTH) return null;
      String value;
      try {
        value = URLDecoder.decode(raw, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (value.isEmpty() || value.length() > MAX_CHALLENGE_LENGTH) return null;
      for (int i = 0; i < value.length(); i++) {
        if (Character.isISOControl(value.charAt(i))) return null;
      }
      return value;
    }
    return null;
  }

  /** Names the scheme and the body limit; never the secret. */
  @Override
  public String toString() {
    return "NylasWebhookVerifier{" + SIGNATURE_HEADER + ": sha256, maxBodyBytes=" + hmac.maxBodyBytes() + "}";
  }
}
