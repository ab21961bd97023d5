package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.RetryConfig;
import dev.pacer.intercom.model.Admin;
import dev.pacer.intercom.model.Contact;
import dev.pacer.vendor.support.ApiException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

final class IntercomClientTest {
  private static final String NOT_FOUND = """
      {"type": "error.list", "request_id": "0f3a4c1e-8d2b-4b8e-9a51-6c0d2e7f1a23",
       "errors": [{"code": "not_found", "message": "User Not Found"}]}
      """;

  @Test
  void regionsNameTheirHosts() {
    assertEquals(HttpUrl.get("https://api.intercom.io/"), IntercomRegion.US.baseUrl());
    assertEquals(HttpUrl.get("https://api.eu.intercom.io/"), IntercomRegion.EU.baseUrl());
    assertEquals(HttpUrl.get("https://api.au.intercom.io/"), IntercomRegion.AU.baseUrl());
  }

  @Test
  void theRegionChoosesTheBaseUrlAndTheDefaultsAreUsAndVersion216() {
    try (IntercomClient us = IntercomClient.builder().accessToken("t").build();
        IntercomClient au = IntercomClient.builder().accessToken("t").region(IntercomRegion.AU).build()) {
      assertEquals(IntercomRegion.US.baseUrl(), us.baseUrl());
      assertEquals("2.16", us.version());
      assertEquals(IntercomRegion.AU.baseUrl(), au.baseUrl());
      assertSame(IntercomPolicy.standard(), us.policy());
    }
  }

  @Test
  void aBaseUrlOverridesTheRegion() {
    try (IntercomClient c = IntercomClient.builder().accessToken("t").region(IntercomRegion.EU)
        .baseUrl("http://127.0.0.1:9/intercom/").build()) {
      assertEquals(HttpUrl.get("http://127.0.0.1:9/intercom/"), c.baseUrl());
    }
  }

  @Test
  void theVersionHeaderIsConfigurable() throws Exception {
    try (WireHarness wire = new WireHarness(b -> b.version("2.10"))) {
      wire.respondFixture("admin_me.json");
      wire.client.execute(wire.client.admins().me());
      assertEquals("2.10", wire.take().getHeaders().get("Intercom-Version"));
    }
  }

  @Test
  void aBaseUrlWithAPathPrefixesEveryRequest() throws Exception {
    try (WireHarness wire = new WireHarness("/proxy/intercom/", b -> b)) {
      wire.respondFixture("contact.json");
      wire.client.execute(wire.client.contacts().get("65a1"));
      wire.expect("GET", "/proxy/intercom/contacts/65a1");
    }
  }

  @Test
  void aPolicyOverrideReplacesTheDeclaredOne() {
    try (IntercomClient c = IntercomClient.builder().accessToken("t").policy(IntercomPolicy.of(10_000)).build()) {
      assertEquals(1666, c.policy().rule(IntercomPolicy.RULE).rates().get(0).permits());
    }
  }

  @Test
  void buildingNeedsAnAccessToken() {
    assertThrows(IllegalStateException.class, () -> IntercomClient.builder().build());
    assertThrows(IllegalArgumentException.class, () -> IntercomClient.builder().accessToken(" "));
    assertThrows(NullPointerException.class, () -> IntercomClient.builder().accessToken(null));
  }

  @Test
  void aVersionMustBeAPlainToken() {
    assertThrows(IllegalArgumentException.class, () -> IntercomClient.builder().version(""));
    assertThrows(IllegalArgumentException.class, () -> IntercomClient.builder().version("2.16\r\nX-Evil: 1"));
    assertThrows(IllegalArgumentException.class, () -> IntercomClient.builder().version("2 16"));
  }

  @Test
  void aTokenWithALineBreakIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IntercomClient.builder().accessToken("secret-tok\nX-Evil: 1").build());
    assertFalse(e.getMessage().contains("secret-tok"), e.getMessage());
  }

  @Test
  void noToStringShowsTheToken() {
    IntercomClient.Builder b = IntercomClient.builder().accessToken("dG9rOnNlY3JldA==").region(IntercomRegion.EU);
    assertFalse(b.toString().contains("dG9rOnNlY3JldA=="), b.toString());
    try (IntercomClient c = b.build()) {
      assertFalse(c.toString().contains("dG9rOnNlY3JldA=="), c.toString());
      assertTrue(c.toString().contains("api.eu.intercom.io"), c.toString());
    }
  }

  @Test
  void aNotFoundAnswerBecomesAnApiExceptionWithTheIntercomError() throws Exception {
    try (WireHarness wire = new WireHarness()) {
      wire.respond(404, NOT_FOUND);
      ApiException e = assertThrows(ApiException.class,
          () -> wire.client.execute(wire.client.contacts().get("nope")));

      assertEquals(404, e.status());
      assertEquals("GET /contacts/{contact_id}: HTTP 404 not_found: User Not Found", e.getMessage());
      IntercomError error = e.error(IntercomError.class);
      assertNotNull(error);
      assertEquals("not_found", error.code());
      assertEquals("0f3a4c1e-8d2b-4b8e-9a51-6c0d2e7f1a23", error.requestId());
      assertFalse(e.getMessage().contains(WireHarness.TOKEN));
    }
  }

  @Test
  void aRateLimitAnswerIsTypedWhenRetriesAreOff() throws Exception {
    try (WireHarness wire = new WireHarness(b -> b.retry(RetryConfig.disabled()))) {
      wire.server.enqueue(new mockwebserver3.MockResponse.Builder()
          .code(429)
          .setHeader("Content-Type", "application/json")
          .setHeader("X-RateLimit-Limit", "166")
          .setHeader("X-RateLimit-Remaining", "0")
          .setHeader("X-RateLimit-Reset", "1717171720")
          .body("{\"type\":\"error.list\",\"request_id\":null,\"errors\":[{\"code\":\"rate_limit_exceeded\","
              + "\"message\":\"Exceeded rate limit of 166 in 10_seconds\"}]}")
          .build());
      ApiException e = assertThrows(ApiException.class,
          () -> wire.client.execute(wire.client.conversations().list(null, null)));

      assertTrue(e.isRateLimited());
      assertTrue(e.error(IntercomError.class).isRateLimited());
      assertEquals(166L, e.rateLimit().limit());
      assertEquals(0L, e.rateLimit().remaining());
      assertEquals("1717171720", e.rateLimit().reset());
      assertEquals("GET /conversations: HTTP 429 rate_limit_exceeded: Exceeded rate limit of 166 in 10_seconds",
          e.getMessage());
    }
  }

  @Test
  void asyncCallsCompleteWithTheBodyOrTheTypedError() throws Exception {
    try (WireHarness wire = new WireHarness()) {
      wire.respondFixture("contact.json");
      wire.respond(404, NOT_FOUND);

      CompletableFuture<Contact> ok = wire.client.async(wire.client.contacts().get("65a1"));
      assertEquals("Grace Hopper", ok.get(5, TimeUnit.SECONDS).name());
      CompletableFuture<Admin> failed = wire.client.async(wire.client.admins().get("1"));
      ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(5, TimeUnit.SECONDS));
      ApiException api = assertInstanceOf(ApiException.class, e.getCause());
      assertEquals("not_found", api.error(IntercomError.class).code());
      wire.expect("GET", "/contacts/65a1");
      wire.expect("GET", "/admins/1");
    }
  }
}
