package dev.pacer.vendor.support;

import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a webhook body was signed with a shared secret: the hex HMAC of the <em>raw body
 * bytes</em> (exactly as received, before any parsing or re-encoding) under the secret, compared in
 * constant time. Vendor modules wrap it with their header format (Intercom's {@code
 * X-Hub-Signature: sha1=<hex>}, Nylas's {@code X-Nylas-Signature: <hex>}).
 *
 * <pre>{@code
 * HmacSignatureVerifier verifier = HmacSignatureVerifier.hmacSha256(clientSecret);
 * byte[] body = verifier.readBody(exchange.getRequestBody());   // bounded
 * verifier.verify(body, exchange.getRequestHeaders().getFirst("X-Nylas-Signature"));
 * }</pre>
 *
 * <p>The rules, decided once for every vendor:
 * <ul>
 *   <li><b>Exceptions, not booleans</b>: {@link #verify} returns normally only for a body that
 *       matches, and otherwise throws a checked {@link WebhookVerificationException} whose {@link
 *       WebhookVerificationException#reason() reason} tells a missing signature from a wrong one;
 *       {@link #matches} is the boolean form for callers that need no reason.
 *   <li><b>Hex</b>: exactly two hex digits per digest byte (40 for SHA-1, 64 for SHA-256).
 *       Upper-case digits are accepted as well as lower-case (the same bytes; vendors send
 *       lower-case); surrounding whitespace is ignored, as HTTP ignores it around header values.
 *       Anything else (an odd length, a wrong length, a non-hex character) is malformed.
 *   <li><b>Constant time</b>: the received digits are decoded to bytes and compared with {@link
 *       MessageDigest#isEqual}, whose time does not depend on where the bytes first differ.
 *   <li><b>Bounded bodies</b>: a body longer than {@link #maxBodyBytes()} (default {@value
 *       #DEFAULT_MAX_BODY_BYTES} bytes, 4 MiB) is refused with {@code BODY_TOO_LARGE} before any
 *       hashing; {@link #readBody} stops reading one byte past the limit, so a huge or endless
 *       upload costs at most that much memory.
 *   <li><b>Secrets stay secret</b>: the secret is held only as a key; {@link #toString()} and
 *       every exception name the algorithm and sizes only.
 * </ul>
 *
 * <p>Immutable and thread-safe; each check uses a {@link Mac} of its own.
 */
public final class HmacSignatureVerifier {
  /** The default largest body accepted: 4 MiB, far above any documented webhook payload. */
  public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final SecretKeySpec key;
  private final String algorithm;
  private final int digestBytes;
  private final int maxBodyBytes;

  private HmacSignatureVerifier(SecretKeySpec key, String algorithm, int digestBytes, int maxBodyBytes) {
    this.key = key;
    this.algorithm = algorithm;
    this.digestBytes = digestBytes;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A verifier of hex HMAC-SHA1 signatures under {@code secret} (its UTF-8 bytes). */
  public static HmacSignatureVerifier hmacSha1(String secret) {
    return create("HmacSHA1", 20, secret);
  }

  /** A verifier of hex HMAC-SHA256 signatures under {@code secret} (its UTF-8 bytes). */
  public static HmacSignatureVerifier hmacSha256(String secret) {
    return create("HmacSHA256", 32, secret);
  }

  private static HmacSignatureVerifier create(String algorithm, int digestBytes, String secret) {
    Objects.requireNonNull(secret, "secret == null");
    if (secret.isEmpty()) throw new IllegalArgumentException("secret is empty");
    SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm);
    HmacSignatureVerifier verifier = new HmacSignatureVerifier(key, algorithm, digestBytes, DEFAULT_MAX_BODY_BYTES);
    verifier.newMac(); // fail now, not on the first delivery, if the JDK lacks the algorithm
    return verifier;
  }

  /** This verifier with another body limit, in bytes (at least 1). */
  public HmacSignatureVerifier withMaxBodyBytes(int maxBodyBytes) {
    if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes < 1: " + maxBodyBytes);
    return new HmacSignatureVerifier(key, algorithm, digestBytes, maxBodyBytes);
  }

  /** The largest body, in bytes, this verifier reads and checks. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The JCA name of the MAC, {@code HmacSHA1} or {@code HmacSHA256}. */
  public String algorithm() {
    return algorithm;
  }

  /**
   * Reads a request body to its end, but never more than {@link #maxBodyBytes()} bytes: a longer
   * one fails with {@code BODY_TOO_LARGE} once the limit is passed. Does not close {@code in}.
   *
   * @throws IOException when reading fails
   * @throws WebhookVerificationException when the body is longer than the limit
   */
  public byte[] readBody(InputStream in) throws IOException, WebhookVerificationException {
    Objects.requireNonNull(in, "in == null");
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBodyBytes, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBodyBytes + 1L - total))) > 0; ) {
      total += n;
      if (total > maxBodyBytes) {
        throw new WebhookVerificationException(Reason.BODY_TOO_LARGE, "body longer than " + maxBodyBytes + " bytes");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Returns normally when {@code hexSignature} is the hex {@link #algorithm()} of {@code body}
   * under the secret; throws otherwise.
   *
   * @param body the raw body bytes, exactly as received
   * @param hexSignature the signature as sent, without any vendor prefix; null when the header was absent
   * @throws WebhookVerificationException with reason {@code MISSING_SIGNATURE}, {@code
   *     MALFORMED_SIGNATURE}, {@code BODY_TOO_LARGE} or {@code SIGNATURE_MISMATCH}
   */
  public void verify(byte[] body, String hexSignature) throws WebhookVerificationException {
    Objects.requireNonNull(body, "body == null");
    if (hexSignature == null || hexSignature.isBlank()) {
      throw new WebhookVerificationException(Reason.MISSING_SIGNATURE, "no " + algorithm + " signature");
    }
    byte[] received = decodeHex(hexSignature.strip());
    if (body.length > maxBodyBytes) {
      throw new WebhookVerificationException(Reason.BODY_TOO_LARGE,
          "body of " + body.length + " bytes is longer than " + maxBodyBytes);
    }
    byte[] expected = newMac().doFinal(body);
    if (!MessageDigest.isEqual(expected, received)) {
      throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH,
          algorithm + " signature does not match the " + body.length + "-byte body");
    }
  }

  /** Whether {@link #verify} would accept {@code body} and {@code hexSignature}. */
  public boolean matches(byte[] body, String hexSignature) {
    try {
      verify(body, hexSignature);
      return true;
    } catch (WebhookVerificationException e) {
      return false;
    }
  }

  private byte[] decodeHex(String hex) throws WebhookVerificationException {
    if (hex.length() != 2 * digestBytes) {
      throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE,
          algorithm + " signature must be " + 2 * digestBytes + " hex digits, got " + hex.length() + " characters");
    }
    byte[] out = new byte[digestBytes];
    for (int i = 0; i < digestBytes; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0 || !isAsciiHex(hex.charAt(2 * i)) || !isAsciiHex(hex.charAt(2 * i + 1))) {
        throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE, algorithm + " signature is not hex");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** {@link Character#digit} also takes full-width and other Unicode digits; a signature may not. */
  private static boolean isAsciiHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot compute " + algorithm, e);
    }
  }

  /** Names the algorithm and the body limit; never the secret. */
  @Override
  public String toString() {
    return "HmacSignatureVerifier{" + algorithm + ", maxBodyBytes=" + maxBodyBytes + "}";
  }
}
