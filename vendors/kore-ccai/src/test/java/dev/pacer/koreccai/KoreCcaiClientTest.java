package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.CLIENT_ID;
import static dev.pacer.koreccai.KoreTestServer.SECRET;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.RetryConfig;
import dev.pacer.event.PacerListener;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.ManualClock;
import dev.pacer.vendor.support.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

final class KoreCcaiClientTest {
  private static KoreCcaiClient.Builder builder() {
    return KoreCcaiClient.builder().clientId(CLIENT_ID).clientSecret(SECRET).accountId(ACCOUNT);
  }

  @Test
  void defaultsToTheUsCloudTheDeclaredPolicyAndKoresBackoff() {
    try (KoreCcaiClient client = builder().build()) {
      assertEquals("https://platform.kore.ai/", client.baseUrl().toString());
      assertSame(KoreCcaiPolicy.POLICY, client.policy());
      assertEquals(KoreCcaiPolicy.RETRY.initialBackoff(), client.pacer().retryConfig().initialBackoff());
      assertEquals(ACCOUNT, client.accountId());
    }
  }

  @Test
  void theEuRegionAndAnOverrideChangeTheHostOnly() {
    try (KoreCcaiClient eu = builder().region(KoreCcaiRegion.EU).build();
         KoreCcaiClient other = builder().baseUrl("https://jp-platform.example/").build()) {
      assertEquals("https://de-platform.kore.ai/", eu.baseUrl().toString());
      assertEquals("https://jp-platform.example/", other.baseUrl().toString());
      assertSame(KoreCcaiPolicy.POLICY, eu.policy());
    }
  }

  @Test
  void requiresCredentialsAndAnAccount() {
    assertEquals("clientId is required",
        assertThrows(IllegalStateException.class, () -> KoreCcaiClient.builder().build()).getMessage());
    assertThrows(IllegalStateException.class, () -> KoreCcaiClient.builder().clientId("c").accountId("a").build());
    assertThrows(IllegalStateException.class, () -> KoreCcaiClient.builder().clientId("c").clientSecret("s").build());
    assertThrows(IllegalArgumentException.class, () -> KoreCcaiClient.builder().clientSecret(""));
    assertThrows(IllegalArgumentException.class, () -> KoreCcaiClient.builder().accountId(" "));
    assertThrows(IllegalArgumentException.class, () -> KoreCcaiClient.builder().accountId("acc ount"));
    assertThrows(IllegalArgumentException.class, () -> KoreCcaiClient.builder().tokenLifetime(Duration.ofSeconds(30)));
    assertThrows(IllegalArgumentException.class, () -> KoreCcaiClient.builder().subject(""));
  }

  @Test
  void neitherClientNorBuilderShowsTheSecretOrAToken() throws Exception {
    try (KoreTestServer t = new KoreTestServer()) {
      t.reply(200, "{\"results\":[]}");
      t.client.execute(t.client.queues().list(STREAM, null, null));
      String jwt = t.take("GET", "/agentassist/api/v1/public/" + STREAM + "/queues").getHeaders().get("auth");
      KoreCcaiClient.Builder b = builder().baseUrl("https://de-platform.kore.ai/");
      for (String s : new String[] {t.client.toString(), b.toString()}) {
        assertFalse(s.contains(SECRET), s);
        assertFalse(s.contains(jwt), s);
        assertFalse(s.contains(jwt.substring(0, 36)), s);
      }
    }
  }

  @Test
  void tokensAreReusedAndSignedAnewBeforeTheyExpire() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2026-05-01T08:00:00Z"));
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      try (KoreCcaiClient client = builder().baseUrl(server.url("/")).clock(clock).tokenLifetime(Duration.ofHours(1))
          .policy(RateLimitPolicy.none()).retry(RetryConfig.disabled()).build()) {
        for (int i = 0; i < 3; i++) server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("{}").build());
        client.execute(client.agents().get(STREAM, "a-1"));
        clock.advance(Duration.ofMinutes(47));
        client.execute(client.agents().get(STREAM, "a-1"));
        clock.advance(Duration.ofMinutes(2));
        client.execute(client.agents().get(STREAM, "a-1"));
      }
      String first = server.takeRequest().getHeaders().get("auth");
      String second = server.takeRequest().getHeaders().get("auth");
      String third = server.takeRequest().getHeaders().get("auth");
      assertEquals(first, second, "reused while more than a fifth of its hour is left");
      assertNotEquals(second, third, "signed anew 12 minutes before expiry");
      JsonNode a = KoreTestServer.verifiedClaims(first, SECRET);
      JsonNode c = KoreTestServer.verifiedClaims(third, SECRET);
      assertEquals(Instant.parse("2026-05-01T08:00:00Z").getEpochSecond(), a.get("iat").asLong());
      assertEquals(a.get("iat").asLong() + 3600, a.get("exp").asLong());
      assertEquals(Instant.parse("2026-05-01T08:49:00Z").getEpochSecond(), c.get("iat").asLong());
    }
  }

  @Test
  void pacerEventsNeverCarryACredential() throws Exception {
    List<String> heard = new CopyOnWriteArrayList<>();
    PacerListener listener = new PacerListener() {
      @Override
      public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
        heard.add(endpoint + " " + bucket);
      }

      @Override
      public void gaveUp(String endpoint, int attempts, String reason) {
        heard.add(endpoint + " " + reason);
      }
    };
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      try (KoreCcaiClient client = builder().baseUrl(server.url("/")).listener(listener)
          .retry(RetryConfig.builder().maxAttempts(1).build()).build()) {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(429)
            .body(KoreCcaiErrorsTest.RATE_LIMITED).build());
        ApiException e = assertThrows(ApiException.class, () -> client.execute(client.agents().get(STREAM, "a-1")));
        assertTrue(e.isRateLimited());
      }
    }
    assertFalse(heard.isEmpty(), "the 429 was heard");
    for (String event : heard) {
      assertFalse(event.contains(SECRET), event);
      assertFalse(event.contains("eyJ"), event);
      assertFalse(event.contains(ACCOUNT), event);
    }
    assertTrue(heard.stream().anyMatch(s -> s.contains("429")), heard.toString());
  }
}
