package dev.pacer.esputnik;

import dev.pacer.RetryConfig;
import dev.pacer.esputnik.model.EventV1;
import dev.pacer.vendor.support.testing.RedirectContract;
import java.util.List;
import mockwebserver3.MockWebServer;
import retrofit2.Call;

/**
 * A redirect never takes eSputnik's API key or a request body to another origin, and one within the origin
 * is followed: {@link RedirectContract} for {@link EsputnikClient}.
 */
final class EsputnikRedirectTest extends RedirectContract<EsputnikClient> {
  @Override
  protected EsputnikClient client(MockWebServer home) {
    return EsputnikClient.builder().apiKey("esk_canary_5d1e0b").baseUrl(home.url("/api/")).retry(RetryConfig.disabled()).build();
  }

  @Override
  protected Call<?> call(EsputnikClient client, boolean withBody) {
    return withBody ? client.events().eventV1(EventV1.of("canary-event", "k-1")) : client.account().info();
  }

  @Override
  protected List<String> credentialHeaders() {
    return List.of("Authorization");
  }
}
