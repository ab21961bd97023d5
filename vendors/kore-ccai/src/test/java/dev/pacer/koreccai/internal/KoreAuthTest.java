package dev.pacer.koreccai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.time.ManualClock;
import dev.pacer.vendor.support.VendorJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

final class KoreAuthTest {
  private static final ObjectMapper JSON = VendorJson.newMapper();
  private static final String SECRET = "kore-secret-value";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00.400Z"));
  private final KoreAuth auth = new KoreAuth(new Hs256Jwt(SECRET, JSON), "cs-app-1", "pacer", "acct-1",
      Duration.ofMinutes(10), clock);

  private static JsonNode claims(String jwt) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
  }

  @Test
  void preparesTheAccountHeaderAndSignsTheJwtOnlyPerTransmission() throws Exception {
    Request prepared = auth.prepare(new Request.Builder().url("https://platform.kore.ai/x").header("accountId", "other").build());
    assertEquals("acct-1", prepared.header("accountId"));
    assertNull(prepared.header("auth"), "the JWT is not on the request the application sees");
    Request r = auth.sign(prepared);
    assertEquals("acct-1", r.header("accountId"));
    assertFalse(prepared.toString().contains(r.header("auth")));
    JsonNode c = claims(r.header("auth"));
    assertEquals("pacer", c.get("sub").asText());
    assertEquals("cs-app-1", c.get("appId").asText());
    long iat = Instant.parse("2026-03-01T12:00:00Z").getEpochSecond();
    assertEquals(iat, c.get("iat").asLong());
    assertEquals(iat + 600, c.get("exp").asLong());
  }

  @Test
  void reusesTheTokenUntilAFifthOfItsLifetimeIsLeft() throws Exception {
    String first = auth.token();
    clock.advance(Duration.ofMinutes(7).plusSeconds(59));
    assertSame(first, auth.token(), "still more than 2 of 10 minutes left");
    clock.advance(Duration.ofSeconds(1));
    String second = auth.token();
    assertNotEquals(first, second);
    assertEquals(claims(first).get("iat").asLong() + 480, claims(second).get("iat").asLong());
    assertSame(second, auth.token());
  }

  @Test
  void neverShowsTheSecretOrTheToken() {
    String token = auth.token();
    assertFalse(auth.toString().contains(SECRET));
    assertFalse(auth.toString().contains(token));
    assertFalse(auth.toString().contains("acct-1"));
  }

  @Test
  void rejectsAnUnusableLifetime() {
    assertThrows(IllegalArgumentException.class, () -> new KoreAuth(new Hs256Jwt(SECRET, JSON), "a", "s", "acct",
        Duration.ofSeconds(1), clock));
  }
}
