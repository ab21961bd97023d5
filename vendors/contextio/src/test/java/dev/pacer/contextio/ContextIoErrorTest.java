package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.contextio.ContextIoError.Kind;
import dev.pacer.vendor.support.ApiException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class ContextIoErrorTest {
  private static ContextIoError parse(int status, String body) {
    return ContextIoError.PARSER.parse(status, body);
  }

  @Test
  void readsTheTypeValueFormat() {
    ContextIoError e = parse(404, "{\"type\":\"error\",\"value\":\"No such user: 6a7b\"}");
    assertEquals(new ContextIoError(404, Kind.ERROR, "No such user: 6a7b", null), e);
  }

  @Test
  void readsTheFeedbackFormat() {
    ContextIoError e = parse(400, "{\"success\":false,\"feedback_code\":\"authentication_failure\","
        + "\"connectionLog\":\"a1 LOGIN ann p4ss\\n a1 NO [AUTHENTICATIONFAILED]\"}");
    assertEquals(Kind.FEEDBACK, e.kind());
    assertEquals("authentication_failure", e.feedbackCode());
    assertEquals("authentication_failure", e.message());
    assertFalse(e.toString().contains("p4ss"), "the IMAP log stays out of the typed error");
  }

  @Test
  void a429IsRateLimitedEvenWhenItsMessageMentionsAUser() {
    ContextIoError e = parse(429, "{\"type\":\"error\",\"value\":\"IMAP rate limit exceeded: 240 calls per minute for this user\"}");
    assertEquals(Kind.RATE_LIMITED, e.kind());
    assertEquals(Kind.RATE_LIMITED, parse(429, "").kind());
    assertEquals(Kind.RATE_LIMITED, parse(429, "{}").kind());
  }

  @Test
  void theInitialUserLimitIsItsOwnKindWhateverTheStatus() {
    assertEquals(Kind.USER_LIMIT_REACHED,
        parse(403, "{\"type\":\"error\",\"value\":\"You have reached the limit of 100 users for this API key\"}").kind());
    assertEquals(Kind.USER_LIMIT_REACHED, parse(429, "{\"type\":\"error\",\"value\":\"User limit reached\"}").kind());
    assertEquals(Kind.USER_LIMIT_REACHED, parse(400, "Maximum number of users exceeded for new developers").kind());
  }

  @Test
  void plainTextIsKeptAndHtmlOrNothingIsNotAContextIoError() {
    assertEquals("Service Unavailable", parse(503, "Service Unavailable\n").message());
    assertNull(parse(502, "<html><body>Bad gateway</body></html>"));
    assertNull(parse(500, ""));
    assertNull(parse(500, "{\"unrelated\":1}"));
  }

  @Test
  void aRefusedUserArrivesAsATypedApiException() throws Exception {
    try (ContextIoTestServer t = new ContextIoTestServer()) {
      t.reply(403, "{\"type\":\"error\",\"value\":\"You have reached the limit of 100 users\"}");
      ApiException e = assertThrows(ApiException.class,
          () -> t.client.execute(t.client.users().create(NewUser.builder("user101@example.com").build())));
      assertEquals(403, e.status());
      assertEquals("POST /lite/users", e.endpoint());
      assertEquals(Kind.USER_LIMIT_REACHED, ContextIoError.of(e).kind());
      assertEquals("POST /lite/users: HTTP 403 You have reached the limit of 100 users", e.getMessage());
      assertFalse(e.getMessage().contains(ContextIoTestServer.SECRET));
    }
  }

  @Test
  void a429WithoutRetriesArrivesRateLimitedSyncAndAsync() throws Exception {
    try (ContextIoTestServer t = new ContextIoTestServer()) {
      String body = "{\"type\":\"error\",\"value\":\"Rate limit exceeded: 5000 calls per hour for this developer key\"}";
      t.reply(429, body);
      ApiException e = assertThrows(ApiException.class, () -> t.client.execute(t.client.users().get("6a7b")));
      assertTrue(e.isRateLimited());
      assertEquals(Kind.RATE_LIMITED, ContextIoError.of(e).kind());
    }
    // A fresh client: the bare 429 above paused the first one's buckets for a minute.
    try (ContextIoTestServer t = new ContextIoTestServer()) {
      String body = "{\"type\":\"error\",\"value\":\"Rate limit exceeded: 5000 calls per hour for this developer key\"}";
      t.reply(429, body);
      ExecutionException async = assertThrows(ExecutionException.class,
          () -> t.client.async(t.client.users().get("6a7b")).get(10, TimeUnit.SECONDS));
      assertEquals(Kind.RATE_LIMITED, ContextIoError.of((ApiException) async.getCause()).kind());
    }
  }
}
