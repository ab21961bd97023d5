package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.RetryConfig;
import dev.pacer.vendor.support.ApiException;
import dev.pacer.intercom.model.TagRequest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

/**
 * A redirect never takes Intercom's access token or a request body to another origin:
 * 301/302/307/308 x another host, another port, or both, for a GET and a POST, with execute() and
 * enqueue(). A redirect within the origin is followed.
 */
final class IntercomRedirectTest {
  private static final String TOKEN = "dG9rOmNhbmFyeS1pbnRlcmNvbQ==";

  enum Move { HOST, PORT, HOST_AND_PORT }

  static Stream<Arguments> cases() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int code : new int[] {301, 302, 307, 308}) {
      for (Move move : Move.values()) {
        for (boolean withBody : new boolean[] {false, true}) {
          b.add(Arguments.of(code, move, withBody, false));
          b.add(Arguments.of(code, move, withBody, true));
        }
      }
    }
    return b.build();
  }

  private static IntercomClient client(MockWebServer home) {
    return IntercomClient.builder().accessToken(TOKEN).baseUrl(home.url("/")).retry(RetryConfig.disabled()).build();
  }

  private static Call<?> call(IntercomClient client, boolean withBody) {
    return withBody ? client.tags().save(TagRequest.create("canary")) : client.admins().me();
  }

  /** Where a redirect that makes {@code move} from {@code home} points: {@code away} when the port changes. */
  static HttpUrl target(MockWebServer home, MockWebServer away, Move move) {
    HttpUrl h = home.url("/elsewhere");
    String otherHost = h.host().equals("localhost") ? "127.0.0.1" : "localhost";
    return h.newBuilder()
        .host(move == Move.PORT ? h.host() : otherHost)
        .port(move == Move.HOST ? h.port() : away.getPort())
        .build();
  }

  /** The {@link ApiException} {@code call} ends in, run with {@code execute()} or {@code enqueue()}. */
  private static ApiException failure(IntercomClient client, Call<?> call, boolean async) {
    if (!async) return assertThrows(ApiException.class, () -> client.execute(call));
    ExecutionException e = assertThrows(ExecutionException.class, () -> client.async(call).get(10, TimeUnit.SECONDS));
    return assertInstanceOf(ApiException.class, e.getCause());
  }

  @ParameterizedTest(name = "{0} to another {1}, body: {2}, async: {3}")
  @MethodSource("cases")
  void aRedirectToAnotherOriginSendsItNothing(int code, Move move, boolean withBody, boolean async) throws Exception {
    try (MockWebServer home = new MockWebServer(); MockWebServer away = new MockWebServer()) {
      home.start();
      away.start();
      home.enqueue(new MockResponse.Builder().code(code).addHeader("Location", target(home, away, move)).build());
      home.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      try (IntercomClient client = client(home)) {
        ApiException e = failure(client, call(client, withBody), async);
        assertEquals(code, e.status(), "the redirect comes back unfollowed");
      }
      assertEquals(0, away.getRequestCount(), "the other port received a request");
      assertEquals(1, home.getRequestCount(), "the other host name received a request");
      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      assertNotNull(original.getHeaders().get("Authorization"), "the original request was authenticated");
    }
  }

  @Test
  void aSameOriginRedirectIsFollowedWithTheCredentialsAndTheBody() throws Exception {
    try (MockWebServer home = new MockWebServer()) {
      home.start();
      home.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/moved").build());
      home.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build());
      try (IntercomClient client = client(home)) {
        client.execute(call(client, true));
      }
      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest moved = home.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("/moved", moved.getTarget());
      assertEquals(original.getMethod(), moved.getMethod());
      assertEquals(original.getBody(), moved.getBody());
      assertNotNull(moved.getHeaders().get("Authorization"));
    }
  }
}
