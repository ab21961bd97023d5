package dev.pacer.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns credentials into short identifiers for bucket keys: the first 16 hex digits of
 * HMAC-SHA256 under a key of this {@code Pacer}'s (random unless configured, so an outsider who
 * sees a bucket key cannot test guesses of a short credential against it). Identifiers of
 * recent credentials are cached (at most {@link #CACHE_SIZE}; the cache is cleared when full),
 * so a call does not compute an HMAC. Thread-safe.
 */
final class Hashing {
  static final int CACHE_SIZE = 4096;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  /** @param key the HMAC key, or null for a random one */
  Hashing(byte[] key) {
    byte[] k = key;
    if (k == null) {
      k = new byte[32];
      new SecureRandom().nextBytes(k);
    }
    this.key = new SecretKeySpec(k.clone(), "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required on every Java platform", e);
    }
  }

  /** The identifier of {@code secret}. */
  String credentialId(String secret) {
    String id = cache.get(secret);
    if (id != null) return id;
    byte[] d = macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[i * 2] = HEX[(d[i] >> 4) & 0xf];
      out[i * 2 + 1] = HEX[d[i] & 0xf];
    }
    id = new String(out);
    if (cache.size() >= CACHE_SIZE) cache.clear();
    cache.put(secret, id);
    return id;
  }

  @Override
  public String toString() {
    return "Hashing{HmacSHA256}"; // never the key
  }
}
