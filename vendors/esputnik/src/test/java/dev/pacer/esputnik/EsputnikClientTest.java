package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.policy.RateLimitPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

final class EsputnikClientTest {
  private static final String KEY = "esk_secret_value_42";

  @Test
  void defaultsToEsputnikComAndTheDeclaredPolicy() {
    try (EsputnikClient client = EsputnikClient.builder().apiKey(KEY).build()) {
      assertEquals("https://esputnik.com/api/", client.baseUrl().toString());
      assertSame(EsputnikPolicy.POLICY, client.policy());
    }
  }

  @Test
  void policyCanBeReplaced() {
    RateLimitPolicy none = RateLimitPolicy.none();
    try (EsputnikClient client = EsputnikClient.builder().apiKey(KEY).policy(none).build()) {
      assertSame(none, client.policy());
    }
  }

  @Test
  void requiresANonBlankApiKey() {
    assertThrows(IllegalStateException.class, () -> EsputnikClient.builder().build());
    assertThrows(IllegalArgumentException.class, () -> EsputnikClient.builder().apiKey(" "));
    assertThrows(IllegalArgumentException.class, () -> EsputnikClient.builder().user(""));
  }

  @Test
  void neitherClientNorBuilderShowsTheKey() {
    EsputnikClient.Builder builder = EsputnikClient.builder().apiKey(KEY).baseUrl("https://yespo.io/api/");
    String encoded = Base64.getEncoder().encodeToString(("pacer:" + KEY).getBytes(StandardCharsets.UTF_8));
    try (EsputnikClient client = builder.build()) {
      for (String s : new String[] {builder.toString(), client.toString()}) {
        assertFalse(s.contains(KEY), s);
        assertFalse(s.contains(encoded), s);
      }
      assertEquals("https://yespo.io/api/", client.baseUrl().toString());
    }
  }

  @Test
  void customUserNameGoesIntoBasicAuth() throws Exception {
    try (EsputnikTestServer t = new EsputnikTestServer();
         EsputnikClient client = EsputnikClient.builder().apiKey(KEY).user("ops").baseUrl(t.server.url("/api/")).build()) {
      t.reply(200, "{\"userEmail\":\"a@b.c\"}");
      client.execute(client.account().info());
      String expected = "Basic " + Base64.getEncoder().encodeToString(("ops:" + KEY).getBytes(StandardCharsets.UTF_8));
      assertEquals(expected, t.server.takeRequest().getHeaders().get("Authorization"));
    }
  }
}
