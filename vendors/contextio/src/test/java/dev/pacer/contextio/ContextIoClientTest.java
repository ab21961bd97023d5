package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.RetryConfig;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

final class ContextIoClientTest {
  private static final String SECRET = "cs-only-for-signing-77";

  private static ContextIoClient.Builder builder() {
    return ContextIoClient.builder().consumerKey("ck-1").consumerSecret(SECRET);
  }

  @Test
  void defaultsToTheLiteBaseUrlAndTheDeclaredPolicy() {
    try (ContextIoClient client = builder().build()) {
      assertEquals("https://api.context.io/lite/", client.baseUrl().toString());
      assertSame(ContextIoPolicy.POLICY, client.policy());
    }
  }

  @Test
  void policyCanBeReplaced() {
    RateLimitPolicy none = RateLimitPolicy.none();
    try (ContextIoClient client = builder().policy(none).build()) {
      assertSame(none, client.policy());
    }
  }

  @Test
  void requiresKeyAndSecret() {
    assertThrows(IllegalStateException.class, () -> ContextIoClient.builder().consumerKey("ck").build());
    assertThrows(IllegalStateException.class, () -> ContextIoClient.builder().consumerSecret("cs").build());
    assertThrows(IllegalArgumentException.class, () -> ContextIoClient.builder().consumerSecret(" "));
    assertThrows(NullPointerException.class, () -> ContextIoClient.builder().consumerKey(null));
    assertThrows(IllegalArgumentException.class, () -> ContextIoClient.builder().accessToken("t", ""));
  }

  @Test
  void neitherClientNorBuilderNorPolicyShowsTheSecret() {
    ContextIoClient.Builder builder = builder().accessToken("tok", "token-secret-5");
    try (ContextIoClient client = builder.build()) {
      for (String s : new String[] {builder.toString(), client.toString(), client.policy().toString(), client.pacer().toString()}) {
        assertFalse(s.contains(SECRET), s);
        assertFalse(s.contains("token-secret-5"), s);
      }
    }
  }

  @Test
  void theTimestampComesFromTheClientsClock() throws Exception {
    ManualClock clock = new ManualClock(Instant.ofEpochSecond(1_767_225_600L));
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      try (ContextIoClient client = ContextIoClient.builder().consumerKey(ContextIoTestServer.KEY)
          .consumerSecret(ContextIoTestServer.SECRET).clock(clock).baseUrl(server.url("/lite/")).build()) {
        server.enqueue(new MockResponse.Builder().code(200).body("[]").build());
        client.execute(client.users().list(0, 10));
      }
      RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
      ContextIoTestServer.assertSignedByTheSpec(r);
      assertEquals("1767225600", ContextIoTestServer.oauthOf(r).get("oauth_timestamp"));
    }
  }

  /** A 429 is retried by Pacer, and the retry carries a new nonce with a valid signature. */
  @Test
  void aRetriedCallIsSignedAfreshWithANewNonce() throws Exception {
    RetryConfig retry = RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build();
    try (ContextIoTestServer t = new ContextIoTestServer(retry)) {
      t.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0")
          .addHeader("Content-Type", "application/json")
          .body("{\"type\":\"error\",\"value\":\"IMAP rate limit exceeded: 240 calls per minute for this user\"}").build());
      t.replySuccess();
      t.client.execute(t.client.messages().move("ann", "0", "INBOX", "<m@x>", "Archive", null));

      RecordedRequest first = t.takeForm("POST", "/lite/users/ann/email_accounts/0/folders/INBOX/messages/%3Cm@x%3E",
          Map.of("new_folder_id", "Archive"));
      RecordedRequest second = t.takeForm("POST", "/lite/users/ann/email_accounts/0/folders/INBOX/messages/%3Cm@x%3E",
          Map.of("new_folder_id", "Archive"));
      assertNotEquals(ContextIoTestServer.oauthOf(first).get("oauth_nonce"), ContextIoTestServer.oauthOf(second).get("oauth_nonce"));
      assertNotEquals(ContextIoTestServer.oauthOf(first).get("oauth_signature"),
          ContextIoTestServer.oauthOf(second).get("oauth_signature"));
    }
  }

  @Test
  void anAsyncRetryIsSignedAfreshToo() throws Exception {
    RetryConfig retry = RetryConfig.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(1)).build();
    try (ContextIoTestServer t = new ContextIoTestServer(retry)) {
      t.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").body("slow down").build());
      t.reply(200, "{\"id\":\"ann\"}");
      assertEquals("ann", t.client.async(t.client.users().get("ann")).get(10, TimeUnit.SECONDS).id());
      RecordedRequest first = t.takeEmpty("GET", "/lite/users/ann");
      RecordedRequest second = t.takeEmpty("GET", "/lite/users/ann");
      assertNotEquals(ContextIoTestServer.oauthOf(first).get("oauth_nonce"), ContextIoTestServer.oauthOf(second).get("oauth_nonce"));
    }
  }
}
