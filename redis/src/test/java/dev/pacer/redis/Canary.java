package dev.pacer.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** The forms of a canary credential no Redis key or field may hold, for this module's leak checks. */
final class Canary {
  private Canary() {}

  /** The token and its bearer header, each raw and as plain SHA-256 (hex, a hex prefix, base64, base64url). */
  static List<String> forbiddenForms(String token) {
    List<String> forbidden = new ArrayList<>();
    for (String secret : List.of(token, "Bearer " + token)) {
      byte[] sha;
      try {
        sha = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      forbidden.add(secret);
      forbidden.add(HexFormat.of().formatHex(sha));
      forbidden.add(HexFormat.of().formatHex(sha).substring(0, 12));
      forbidden.add(Base64.getEncoder().withoutPadding().encodeToString(sha));
      forbidden.add(Base64.getUrlEncoder().withoutPadding().encodeToString(sha));
    }
    return forbidden;
  }
}
