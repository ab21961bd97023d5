package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.SECRET;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.vendor.support.ApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class KoreCcaiErrorsTest {
  /** The 429 body: the rate-limit page's message in Kore's usual errors envelope. */
  static final String RATE_LIMITED = "{\"errors\":[{\"msg\":\"You've exceeded the per-minute rate limit. "
      + "Please wait for sometime before retrying.\",\"code\":429}]}";

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void a429WithThePagesMessageIsATypedRateLimitError() throws Exception {
    t.reply(429, RATE_LIMITED);
    ApiException e = assertThrows(ApiException.class, () -> t.client.execute(t.client.queues().list(STREAM, 1, 10)));
    t.take("GET", "/agentassist/api/v1/public/" + STREAM + "/queues?page=1&limit=10");
    assertTrue(e.isRateLimited());
    assertEquals("GET /agentassist/api/v1/public/{streamId}/queues: HTTP 429 " + KoreCcaiError.RATE_LIMIT_MESSAGE,
        e.getMessage());
    KoreCcaiError error = e.error(KoreCcaiError.class);
    assertEquals(new KoreCcaiError(429, KoreCcaiError.RATE_LIMIT_MESSAGE,
        List.of(new KoreCcaiError.Detail(KoreCcaiError.RATE_LIMIT_MESSAGE, "429"))), error);
    assertTrue(error.isRateLimited());
    assertNoCredential(e);
  }

  @Test
  void asyncCallsFailWithTheSameTypedError() throws Exception {
    t.reply(429, RATE_LIMITED);
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> t.client.agents().getAsync(STREAM, "a-1").get(10, TimeUnit.SECONDS));
    ApiException api = assertInstanceOf(ApiException.class, e.getCause());
    assertTrue(api.error(KoreCcaiError.class).isRateLimited());
    assertNoCredential(api);
  }

  @Test
  void theRateLimitMessageMarksAnErrorEvenWithoutA429() {
    KoreCcaiError plain = KoreCcaiError.PARSER.parse(400, KoreCcaiError.RATE_LIMIT_MESSAGE + "\u201d");
    assertNotNull(plain);
    assertTrue(plain.isRateLimited(), plain.toString());
    assertTrue(KoreCcaiError.PARSER.parse(403, RATE_LIMITED).isRateLimited());
  }

  @Test
  void parsesEveryDocumentedShape() {
    KoreCcaiError errors = KoreCcaiError.PARSER.parse(400,
        "{\"errors\":[{\"msg\":\"Invalid streamId\",\"code\":\"InvalidRequest\"},{\"msg\":\"second\"}]}");
    assertEquals("Invalid streamId", errors.message());
    assertEquals(2, errors.errors().size());
    assertEquals("InvalidRequest", errors.errors().get(0).code());
    assertNull(errors.errors().get(1).code());
    assertFalse(errors.isRateLimited());

    KoreCcaiError campaign = KoreCcaiError.PARSER.parse(404, "{\"status\":\"failure\",\"message\":\"Campaign not found\"}");
    assertEquals(new KoreCcaiError(404, "Campaign not found", List.of()), campaign);

    assertEquals("Unauthorized", KoreCcaiError.PARSER.parse(401, "Unauthorized\n").message());
    assertEquals("quoted", KoreCcaiError.PARSER.parse(500, "\"quoted\"").message());
    assertEquals("not { json", KoreCcaiError.PARSER.parse(500, "not { json").message());
  }

  @Test
  void bodiesWithoutAMessageParseToNull() {
    assertNull(KoreCcaiError.PARSER.parse(502, ""));
    assertNull(KoreCcaiError.PARSER.parse(502, "<html><body>Bad Gateway</body></html>"));
    assertNull(KoreCcaiError.PARSER.parse(500, "{\"status\":\"failure\"}"));
  }

  @Test
  void anHtmlErrorPageKeepsTheRawBodyAndAPlainMessage() throws Exception {
    t.server.enqueue(new mockwebserver3.MockResponse.Builder().code(502)
        .addHeader("Content-Type", "text/html").body("<html>Bad Gateway</html>").build());
    ApiException e = assertThrows(ApiException.class, () -> t.client.execute(t.client.skills().getGroup(STREAM, "g")));
    t.take("GET", "/agentassist/api/v1/public/" + STREAM + "/skill-groups/g");
    assertNull(e.error());
    assertEquals("<html>Bad Gateway</html>", e.errorBody());
    assertEquals("GET /agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}: HTTP 502", e.getMessage());
  }

  /** Neither the secret nor any JWT (which starts with the base64url of '{"alg"') is in the exception. */
  private static void assertNoCredential(Exception e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String all = trace + String.valueOf(e.getMessage());
    assertFalse(all.contains(SECRET), all);
    assertFalse(all.contains("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"), all);
  }
}
