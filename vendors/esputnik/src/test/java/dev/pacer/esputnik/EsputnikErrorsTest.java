package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.vendor.support.ApiException;
import java.io.UncheckedIOException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class EsputnikErrorsTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();

  private ApiException fail(int code, String contentType, String body) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).body(body);
    if (contentType != null) b.addHeader("Content-Type", contentType);
    t.server.enqueue(b.build());
    return assertThrows(ApiException.class, () -> t.client.execute(t.client.contacts().get(100500L)));
  }

  @Test
  void plainTextConflictBecomesTheMessage() {
    ApiException e = fail(409, "text/plain", "Repeated request within 1 minute\n");
    assertEquals(409, e.status());
    assertEquals(new EsputnikError(409, "Repeated request within 1 minute"), e.error(EsputnikError.class));
    assertEquals("GET /api/v1/contact/{id}: HTTP 409 Repeated request within 1 minute", e.getMessage());
  }

  @Test
  void jsonObjectAndJsonStringBodiesAreRead() {
    ApiException object = fail(400, "application/json", "{\"status\":400,\"message\":\"Invalid contact id\"}");
    assertEquals("Invalid contact id", object.error(EsputnikError.class).message());
    ApiException string = fail(404, "application/json", "\"Contact not found\"");
    assertEquals("Contact not found", string.error(EsputnikError.class).message());
  }

  @Test
  void rateLimitAnswerKeepsRetryAfterWhenSent() {
    t.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
        .body("Too many requests: More than 200 requests per 1 second").build());
    ApiException e = assertThrows(ApiException.class, () -> t.client.execute(t.client.account().info()));
    assertTrue(e.isRateLimited());
    assertEquals(Duration.ofSeconds(1), e.rateLimit().retryAfter());
    assertEquals("GET /api/v1/account/info: HTTP 429 Too many requests: More than 200 requests per 1 second", e.getMessage());
  }

  @Test
  void emptyAndHtmlBodiesHaveNoVendorError() {
    ApiException empty = fail(401, null, "");
    assertNull(empty.error());
    assertEquals("GET /api/v1/contact/{id}: HTTP 401", empty.getMessage());
    ApiException html = fail(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
    assertNull(html.error());
    assertTrue(html.errorBody().contains("502 Bad Gateway"));
  }

  @Test
  void noErrorCarriesTheApiKey() {
    ApiException e = fail(401, "text/plain", "Unauthorized");
    for (String s : new String[] {e.getMessage(), e.toString(), String.valueOf(e.error())}) {
      assertFalse(s.contains(EsputnikTestServer.API_KEY), s);
      assertFalse(s.contains(EsputnikTestServer.BASIC.substring(6)), s);
    }
  }

  @Test
  void aFailedPageEndsIterationWithTheApiException() {
    t.server.enqueue(new MockResponse.Builder().code(500).body("Internal error").build());
    Iterable<Contact> all = t.client.searchAllContacts(ContactSearch.all());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> all.iterator().hasNext());
    assertEquals(500, assertInstanceOf(ApiException.class, e.getCause()).status());
  }
}
