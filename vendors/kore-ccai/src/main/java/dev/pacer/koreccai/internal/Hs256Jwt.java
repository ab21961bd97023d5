package dev.pacer.koreccai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs compact JWS tokens with HMAC-SHA256 (RFC 7515/7519: base64url without padding of the
 * header and the claims, joined by dots, then the signature of that text). Holds the key, never
 * shows it. Thread-safe: each signature uses its own {@link Mac}. Internal.
 */
public final class Hs256Jwt {
  private static final String ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final String HEADER = B64.encodeToString(
      "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

  private final SecretKeySpec key;
  private final ObjectMapper json;

  /**
   * A signer with {@code secret} (its UTF-8 bytes are the HMAC key) writing claims with {@code json}.
   *
   * @throws IllegalArgumentException when the secret is empty
   */
  public Hs256Jwt(String secret, ObjectMapper json) {
    Objects.requireNonNull(secret, "secret == null");
    this.json = Objects.requireNonNull(json, "json == null");
    if (secret.isEmpty()) throw new IllegalArgumentException("secret is empty");
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    newMac(); // fail at construction, not on the first call, if the JDK lacks HmacSHA256
  }

  /** The signed token for {@code claims}, in order. */
  public String sign(Map<String, ?> claims) {
    Objects.requireNonNull(claims, "claims == null");
    String payload;
    try {
      payload = B64.encodeToString(json.writeValueAsBytes(new LinkedHashMap<>(claims)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the JWT claims " + claims.keySet(), e);
    }
    String signingInput = HEADER + "." + payload;
    byte[] signature = newMac().doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + B64.encodeToString(signature);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getClass().getSimpleName(), e);
    }
  }

  @Override
  public String toString() {
    return "Hs256Jwt{key=██}";
  }
}
