package dev.pacer.contextio;

import dev.pacer.RetryConfig;
import dev.pacer.vendor.support.testing.RedirectContract;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import retrofit2.Call;

/**
 * A redirect never takes Context.IO's OAuth signature (consumer key and token ids) or a request body to another origin, and one within the origin
 * is followed: {@link RedirectContract} for {@link ContextIoClient}.
 */
final class ContextIoRedirectTest extends RedirectContract<ContextIoClient> {
  @Override
  protected ContextIoClient client(MockWebServer home) {
    return ContextIoClient.builder().consumerKey("canary-consumer-key").consumerSecret("canary-consumer-secret").baseUrl(home.url("/")).retry(RetryConfig.disabled()).build();
  }

  @Override
  protected Call<?> call(ContextIoClient client, boolean withBody) {
    return withBody ? client.users().create(Map.of("email", "a@b.test")) : client.connectTokens().list();
  }

  @Override
  protected List<String> credentialHeaders() {
    return List.of("Authorization");
  }
}
