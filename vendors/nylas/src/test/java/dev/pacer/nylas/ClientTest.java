package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.nylas.internal.AuthorizingCallFactory;
import dev.pacer.nylas.model.Account;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.RevokeAllRequest;
import dev.pacer.nylas.model.TokenInfoRequest;
import dev.pacer.vendor.support.ApiException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ClientTest {
  @AutoClose private final MockNylas nylas = MockNylas.start();

  @Test
  void accountDetailsAreFetchedWithTheBearerToken() throws Exception {
    nylas.enqueueJson("""
        {"id": "acc-1", "object": "account", "account_id": "acc-1", "name": "Dorothy Vaughan",
         "email_address": "dorothy@example.com", "provider": "gmail", "organization_unit": "label",
         "sync_state": "running", "linked_at": 1470231381}""");
    Account a = nylas.client.execute(nylas.account().account().get());
    nylas.takeAccountRequest("GET", "/account");
    assertEquals("dorothy@example.com", a.emailAddress());
    assertEquals("label", a.organizationUnit());
    assertEquals(Instant.ofEpochSecond(1470231381), a.linkedAt());
  }

  @Test
  void eachAccountSendsItsOwnToken() throws Exception {
    nylas.enqueueJson("{}");
    nylas.enqueueJson("{}");
    nylas.enqueueJson("{}");
    NylasAccount a = nylas.client.account(MockNylas.TOKEN);
    NylasAccount b = nylas.client.account(MockNylas.OTHER_TOKEN);
    nylas.client.execute(b.account().get());
    nylas.client.execute(a.account().get());
    nylas.client.execute(nylas.client.application().details());
    assertEquals("Bearer " + MockNylas.OTHER_TOKEN, nylas.take().getHeaders().get("Authorization"));
    assertEquals("Bearer " + MockNylas.TOKEN, nylas.take().getHeaders().get("Authorization"));
    assertTrue(nylas.take().getHeaders().get("Authorization").startsWith("Basic "));
  }

  @Test
  void asyncCallsCompleteAndFailWithTypedErrors() throws Exception {
    nylas.enqueueJson("[\"msg-1\"]");
    nylas.enqueue(new MockResponse.Builder().code(404)
        .body("{\"message\": \"Couldn't find message\", \"type\": \"not_found_error\"}").build());
    assertEquals(List.of("msg-1"),
        nylas.client.async(nylas.account().messages().listIds(MessageFilter.none())).get(10, TimeUnit.SECONDS));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> nylas.client.async(nylas.account().messages().get("nope")).get(10, TimeUnit.SECONDS));
    NylasError error = NylasError.from(e);
    assertEquals("not_found_error", error.type());
    assertEquals(404, error.status());
    assertEquals(NylasLimit.NONE, error.limit());
  }

  @Test
  void applicationNeedsClientCredentials() {
    try (NylasClient tokensOnly = NylasClient.builder().baseUrl(nylas.server.url("/")).build()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, tokensOnly::application);
      assertEquals("application endpoints need clientId(...) and clientSecret(...) on the builder", e.getMessage());
    }
    assertEquals("clientSecret is set without clientId",
        assertThrows(IllegalStateException.class, () -> NylasClient.builder().clientSecret("s").build()).getMessage());
    assertEquals("clientId is set without clientSecret",
        assertThrows(IllegalStateException.class, () -> NylasClient.builder().clientId("c").build()).getMessage());
    assertSame(nylas.client.application(), nylas.client.application());
    assertEquals(MockNylas.CLIENT_ID, nylas.client.application().clientId());
  }

  @Test
  void badTokensAreRejectedWithoutEchoingThem() {
    assertEquals("accessToken is blank",
        assertThrows(IllegalArgumentException.class, () -> nylas.client.account("  ")).getMessage());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> nylas.client.account("secret-part\r\nX-Injected: 1"));
    assertEquals("accessToken has an illegal character at index 11", e.getMessage());
    assertThrows(NullPointerException.class, () -> nylas.client.account(null));
  }

  @Test
  void regionsChooseTheBaseUrlAndAnOverrideWins() {
    try (NylasClient us = NylasClient.builder().build();
        NylasClient eu = NylasClient.builder().region(NylasRegion.EU).build();
        NylasClient proxy = NylasClient.builder().region(NylasRegion.EU).baseUrl("http://127.0.0.1:1/").build()) {
      assertEquals("https://api.nylas.com/", us.baseUrl().toString());
      assertEquals("https://ireland.api.nylas.com/", eu.baseUrl().toString());
      assertEquals("http://127.0.0.1:1/", proxy.baseUrl().toString());
      assertSame(NylasPolicy.POLICY, us.policy());
    }
  }

  @Test
  void nothingPrintsACredential() {
    NylasClient.Builder builder = NylasClient.builder().clientId("cid").clientSecret("very-secret-1");
    NylasAccount account = nylas.client.account("very-secret-2");
    List<Object> printed = List.of(builder, nylas.client, account, nylas.client.application(),
        new TokenInfoRequest("very-secret-3"), new RevokeAllRequest("very-secret-4"),
        new AuthorizingCallFactory(request -> null, "Bearer very-secret-5"));
    for (Object o : printed) {
      assertFalse(o.toString().contains("very-secret"), o.getClass().getSimpleName() + ": " + o);
      assertFalse(o.toString().contains(MockNylas.CLIENT_SECRET), o.getClass().getSimpleName() + ": " + o);
    }
  }

  @Test
  void deltaCallsGetTheLongReadTimeoutAndOthersKeepTheClients() throws Exception {
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build();
    try (NylasClient client = NylasClient.builder().baseUrl(nylas.server.url("/")).okHttpClient(impatient)
        .retry(RetryConfig.disabled()).deltaReadTimeout(Duration.ofSeconds(30)).build()) {
      NylasAccount account = client.account(MockNylas.TOKEN);
      MockResponse slow = new MockResponse.Builder().code(200).bodyDelay(1, TimeUnit.SECONDS)
          .body(Fixtures.DELTA_PAGE).build();
      nylas.enqueue(slow);
      nylas.enqueue(slow);
      assertEquals("c-3", client.execute(account.deltas().longPoll("c-1", Duration.ofSeconds(5),
          dev.pacer.nylas.model.DeltaOptions.none())).cursorEnd());
      assertThrows(SocketTimeoutException.class, () -> client.execute(account.deltas().page("c-1",
          dev.pacer.nylas.model.DeltaOptions.none())));
    } finally {
      impatient.dispatcher().executorService().shutdown();
      impatient.connectionPool().evictAll();
    }
  }

  @Test
  void theCallersOkHttpClientIsNotChanged() {
    OkHttpClient callers = new OkHttpClient();
    try (NylasClient client = NylasClient.builder().okHttpClient(callers).build()) {
      assertTrue(callers.interceptors().isEmpty());
      assertTrue(callers.networkInterceptors().isEmpty());
      assertTrue(client.toString().startsWith("NylasClient{https://api.nylas.com/"));
    } finally {
      callers.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void rateLimitErrorsSayWhichLimitWasHit() throws Exception {
    String[][] cases = {
        {"Too many requests from this application", "APPLICATION"},
        {"Too many requests", "ACCOUNT"},
        {"Too many concurrent streaming requests", "CONCURRENT_STREAMING"},
        {"Too many concurrent query requests", "CONCURRENT_QUERY"},
        {"Account throttled by provider", "OTHER"},
    };
    for (String[] c : cases) {
      nylas.enqueue(new MockResponse.Builder().code(429)
          .setHeader("X-RateLimit-Limit", "50").setHeader("X-RateLimit-Reset", "7")
          .body("{\"message\": \"" + c[0] + "\", \"type\": \"invalid_request_error\"}").build());
      ApiException e;
      // A fresh client per case: a 429 pauses the client's buckets for the reset it names.
      try (NylasClient client = NylasClient.builder().baseUrl(nylas.server.url("/")).retry(RetryConfig.disabled()).build()) {
        e = assertThrows(ApiException.class,
            () -> client.execute(client.account(MockNylas.TOKEN).messages().list(MessageFilter.none())));
      }
      RecordedRequest r = nylas.take();
      assertEquals("/messages", r.getUrl().encodedPath());
      NylasError error = NylasError.from(e);
      assertEquals(NylasLimit.valueOf(c[1]), error.limit(), c[0]);
      assertTrue(error.isRateLimited());
      assertEquals(c[0], error.message());
      assertEquals("invalid_request_error", error.type());
      assertEquals(429, e.status());
      assertEquals(Long.valueOf(50), e.rateLimit().limit());
      assertEquals("7", e.rateLimit().reset());
      assertTrue(e.getMessage().contains(c[0]), e.getMessage());
      assertFalse(e.getMessage().contains(MockNylas.TOKEN), e.getMessage());
    }
  }
}
