package dev.pacer.vendor.support.testing;

import dev.pacer.vendor.support.ApiException;
import dev.pacer.vendor.support.VendorClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
 * What every typed client promises about redirects, run once per vendor: a redirect never takes a
 * credential or a request body to another origin (301/302/307/308 x another host, another port, or
 * both, for a call with and without a body, with {@code execute()} and {@code enqueue()}), and a
 * redirect within the origin is followed with the credentials and the body. A vendor's test
 * extends it and says how to build its client and calls. Shipped in support's test jar.
 *
 * @param <C> the vendor's client
 */
public abstract class RedirectContract<C extends VendorClient> {
  /** How a redirect leaves the base URL's origin. */
  public enum Move { HOST, PORT, HOST_AND_PORT }

  /** A client for the base URL {@code home} (retries disabled, so a 3xx is not retried away). */
  protected abstract C client(MockWebServer home);

  /** A call that sends a body ({@code withBody}) or none. */
  protected abstract Call<?> call(C client, boolean withBody);

  /** Headers that carry the credential: present on every request to the base URL's origin. */
  protected abstract List<String> credentialHeaders();

  /** A 200 body the {@code withBody} call reads without error. */
  protected String okBody() {
    return "{}";
  }

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
  private static ApiException failure(VendorClient client, Call<?> call, boolean async) {
    if (!async) return assertThrows(ApiException.class, () -> client.execute(call));
    ExecutionException e = assertThrows(ExecutionException.class, () -> client.async(call).get(10, TimeUnit.SECONDS));
    return assertInstanceOf(ApiException.class, e.getCause());
  }

  @ParameterizedTest(name = "{0} to another {1}, body: {2}, async: {3}")
  @MethodSource("dev.pacer.vendor.support.testing.RedirectContract#cases")
  void aRedirectToAnotherOriginSendsItNothing(int code, Move move, boolean withBody, boolean async) throws Exception {
    try (MockWebServer home = new MockWebServer(); MockWebServer away = new MockWebServer()) {
      home.start();
      away.start();
      home.enqueue(new MockResponse.Builder().code(code).addHeader("Location", target(home, away, move)).build());
      home.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      away.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      try (C client = client(home)) {
        ApiException e = failure(client, call(client, withBody), async);
        assertEquals(code, e.status(), "the redirect comes back unfollowed");
      }
      assertEquals(0, away.getRequestCount(), "the other port received a request");
      assertEquals(1, home.getRequestCount(), "the other host name received a request");
      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      for (String header : credentialHeaders()) {
        assertNotNull(original.getHeaders().get(header), "the original request carried " + header);
      }
    }
  }

  @Test
  void aSameOriginRedirectIsFollowedWithTheCredentialsAndTheBody() throws Exception {
    try (MockWebServer home = new MockWebServer()) {
      home.start();
      home.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/moved").build());
      home.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(okBody()).build());
      try (C client = client(home)) {
        client.execute(call(client, true));
      }
      RecordedRequest original = home.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest moved = home.takeRequest(5, TimeUnit.SECONDS);
      assertEquals("/moved", moved.getTarget());
      assertEquals(original.getMethod(), moved.getMethod());
      assertEquals(original.getBody(), moved.getBody());
      for (String header : credentialHeaders()) {
        assertEquals(original.getHeaders().get(header) != null, moved.getHeaders().get(header) != null, header);
        assertNotNull(moved.getHeaders().get(header), "the followed request carried " + header);
      }
    }
  }
}
