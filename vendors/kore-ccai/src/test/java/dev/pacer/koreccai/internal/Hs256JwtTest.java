package dev.pacer.koreccai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.vendor.support.VendorJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class Hs256JwtTest {
  @Test
  void signsTheWellKnownHs256ExampleToken() {
    // The HS256 example token published with the JWT specification's tooling (jwt.io).
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", "1234567890");
    claims.put("name", "John Doe");
    claims.put("iat", 1516239022);
    String token = new Hs256Jwt("your-256-bit-secret", VendorJson.newMapper()).sign(claims);
    assertEquals("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", token);
  }

  @Test
  void aDifferentSecretGivesADifferentSignature() {
    Map<String, Object> claims = Map.of("sub", "x");
    String a = new Hs256Jwt("one", VendorJson.newMapper()).sign(claims);
    String b = new Hs256Jwt("two", VendorJson.newMapper()).sign(claims);
    assertEquals(a.substring(0, a.lastIndexOf('.')), b.substring(0, b.lastIndexOf('.')));
    assertNotEquals(a, b);
  }

  @Test
  void rejectsAnEmptySecretAndNeverShowsIt() {
    assertThrows(IllegalArgumentException.class, () -> new Hs256Jwt("", VendorJson.newMapper()));
    assertFalse(new Hs256Jwt("hunter2", VendorJson.newMapper()).toString().contains("hunter2"));
  }
}
