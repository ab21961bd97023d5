package dev.pacer.nylas;

import dev.pacer.RetryConfig;
import dev.pacer.vendor.support.testing.RedirectContract;
import java.util.List;
import mockwebserver3.MockWebServer;
import retrofit2.Call;

/**
 * A redirect never takes Nylas's client secret, an access token (also in {@code tokenInfo}'s body) or a request body to another origin, and one within the origin
 * is followed: {@link RedirectContract} for {@link NylasClient}.
 */
final class NylasRedirectTest extends RedirectContract<NylasClient> {
  private static final String TOKEN = "canary-access-token-31";

  @Override
  protected NylasClient client(MockWebServer home) {
    return NylasClient.builder().clientId("canary-client-id").clientSecret("canary-client-secret-77").baseUrl(home.url("/")).retry(RetryConfig.disabled()).build();
  }

  @Override
  protected Call<?> call(NylasClient client, boolean withBody) {
    return withBody ? client.application().tokenInfo("acc-1", TOKEN) : client.account(TOKEN).account().get();
  }

  @Override
  protected List<String> credentialHeaders() {
    return List.of("Authorization");
  }
}
