package dev.pacer.intercom;

import dev.pacer.RetryConfig;
import dev.pacer.intercom.model.TagRequest;
import dev.pacer.vendor.support.testing.RedirectContract;
import java.util.List;
import mockwebserver3.MockWebServer;
import retrofit2.Call;

/**
 * A redirect never takes Intercom's access token or a request body to another origin, and one within the origin
 * is followed: {@link RedirectContract} for {@link IntercomClient}.
 */
final class IntercomRedirectTest extends RedirectContract<IntercomClient> {
  @Override
  protected IntercomClient client(MockWebServer home) {
    return IntercomClient.builder().accessToken("dG9rOmNhbmFyeS1pbnRlcmNvbQ==").baseUrl(home.url("/")).retry(RetryConfig.disabled()).build();
  }

  @Override
  protected Call<?> call(IntercomClient client, boolean withBody) {
    return withBody ? client.tags().save(TagRequest.create("canary")) : client.admins().me();
  }

  @Override
  protected List<String> credentialHeaders() {
    return List.of("Authorization");
  }
}
