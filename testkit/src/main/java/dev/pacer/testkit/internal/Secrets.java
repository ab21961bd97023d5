package dev.pacer.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import okhttp3.Headers;

/** Keeps credentials out of bucket names and logs: hashes them or drops them. */
public final class Secrets {
  private static final String[] SENSITIVE_NAME_PARTS = {
    "auth", "token", "secret", "key", "cookie", "signature", "password", "session"
  };
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Secrets() {}

  /** The first 12 hex digits of the SHA-256 of {@code value}: stable, not reversible. */
  public static String hash(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(12);
      for (int i = 0; i < 6; i++) {
        hex.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required on every JVM", e);
    }
  }

  /** True for header names that may carry a credential ({@code Authorization}, {@code auth}, ...). */
  public static boolean isSensitiveHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String part : SENSITIVE_NAME_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** {@code headers} with every sensitive value replaced by {@code redacted:<hash>}. */
  public static Headers redact(Headers headers) {
    Headers.Builder result = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = isSensitiveHeader(name) ? "redacted:" + hash(headers.value(i)) : headers.value(i);
      result.addUnsafeNonAscii(name, value);
    }
    return result.build();
  }

  /** Keeps ids that go into bucket names short and printable. */
  public static String printable(String id) {
    StringBuilder result = new StringBuilder(Math.min(id.length(), 64));
    for (int i = 0; i < id.length() && result.length() < 64; i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '%' || c == '@' || c == '+';
      result.append(ok ? c : '_');
    }
    return result.toString();
  }
}
