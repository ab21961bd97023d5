package dev.pacer.koreccai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.RetryConfig;
import dev.pacer.vendor.support.testing.RedirectContract;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

/**
 * A redirect never takes Kore's {@code auth} JWT, the {@code accountId} or a request body to
 * another origin, and one within the origin is followed ({@link RedirectContract}); the JWT is
 * added per transmission, never on the request the application sees.
 */
final class KoreRedirectTest extends RedirectContract<KoreCcaiClient> {
  private static final String ACCOUNT = "65f1c0ffee0000000000c4a7";

  @Override
  protected KoreCcaiClient client(MockWebServer home) {
    return KoreCcaiClient.builder().clientId("cs-canary-client-7f3a").clientSecret("canary-secret-kore-91b2").accountId(ACCOUNT)
        .baseUrl(home.url("/")).retry(RetryConfig.disabled()).build();
  }

  @Override
  protected Call<?> call(KoreCcaiClient client, boolean withBody) {
    return withBody ? client.contacts().create("st-1", List.of()) : client.skills().getGroup("st-1", "g-1");
  }

  @Override
  protected List<String> credentialHeaders() {
    return List.of("auth", "accountId");
  }

  @Override
  protected String okBody() {
    return "[]";
  }

  @Test
  void theJwtIsNeverOnTheRequestTheApplicationSees() throws Exception {
    try (MockWebServer home = new MockWebServer()) {
      home.start();
      home.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
      try (KoreCcaiClient client = client(home)) {
        Call<?> call = call(client, false);
        assertNull(call.request().header("auth"), "the application-visible request has no JWT");
        client.execute(call);
      }
      String jwt = home.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("auth");
      assertNotNull(jwt, "the transmission carried the JWT");
      assertFalse(jwt.isEmpty());
    }
  }
}
