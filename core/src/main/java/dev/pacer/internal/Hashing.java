package dev.pacer.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Turns credentials into short, stable, non-reversible identifiers for bucket keys. */
public final class Hashing {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Hashing() {}

  /** The first 16 hex digits of SHA-256 over a domain prefix and {@code secret}. */
  public static String credentialId(String secret) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update("pacer-credential:".getBytes(StandardCharsets.UTF_8));
      byte[] d = md.digest(secret.getBytes(StandardCharsets.UTF_8));
      char[] out = new char[16];
      for (int i = 0; i < 8; i++) {
        out[i * 2] = HEX[(d[i] >> 4) & 0xf];
        out[i * 2 + 1] = HEX[d[i] & 0xf];
      }
      return new String(out);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required on every Java platform", e);
    }
  }
}
