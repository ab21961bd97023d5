package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class IntercomErrorParserTest {
  private final IntercomErrorParser parser = IntercomErrorParser.INSTANCE;

  @Test
  void readsAnErrorListWithEveryField() {
    IntercomError e = parser.parse(400, """
        {"type": "error.list", "request_id": "55999605-a170-4894-a3d0-090c4fee8d11",
         "errors": [{"code": "parameter_invalid", "message": "Name is too long", "field": "name"},
                    {"code": "parameter_missing", "message": "Model is required", "extra": 1}]}
        """);
    assertEquals("error.list", e.type());
    assertEquals("55999605-a170-4894-a3d0-090c4fee8d11", e.requestId());
    assertEquals(List.of(
        new IntercomError.Detail("parameter_invalid", "Name is too long", "name"),
        new IntercomError.Detail("parameter_missing", "Model is required", null)), e.errors());
    assertEquals("parameter_invalid", e.code());
    assertTrue(e.hasCode("parameter_missing"));
    assertFalse(e.isRateLimited());
    assertEquals("parameter_invalid: Name is too long; parameter_missing: Model is required", parser.message(e));
  }

  @Test
  void recognisesRateLimitExceeded() {
    IntercomError e = parser.parse(429, "{\"type\":\"error.list\",\"request_id\":null,\"errors\":[{\"code\":"
        + "\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}");
    assertTrue(e.isRateLimited());
    assertNull(e.requestId());
    assertEquals("rate_limit_exceeded: Exceeded rate limit of 167 in 10_seconds", parser.message(e));
  }

  @Test
  void anErrorWithoutAMessageReadsAsItsCode() {
    IntercomError e = parser.parse(401, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"unauthorized\"}]}");
    assertEquals("unauthorized", parser.message(e));
  }

  @Test
  void bodiesOfOtherShapesReadAsNull() {
    assertNull(parser.parse(500, ""));
    assertNull(parser.parse(502, "<html><body>Bad gateway</body></html>"));
    assertNull(parser.parse(500, "Internal Server Error"));
    assertNull(parser.parse(404, "{\"type\":\"contact\",\"id\":\"1\"}"));
    assertNull(parser.parse(400, "{\"type\":\"error.list\""));
    assertNull(parser.parse(400, "[1,2,3]"));
    assertNull(parser.parse(400, "{\"errors\": \"not a list\"}"));
    assertNull(parser.message(null));
  }

  @Test
  void neverThrowsOnGarbage() {
    Random random = new Random(20240617L);
    String alphabet = "{}[]\":,.-0123456789eEnultrfasxyz\\ \n\u00e9\ud83d\ude00";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder(random.nextBoolean() ? "{\"type\":\"error.list\",\"errors\":" : "{");
      int n = random.nextInt(60);
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      IntercomError e = parser.parse(400 + random.nextInt(100), b.toString());
      if (e != null) parser.message(e);
    }
  }

  @Test
  void deeplyNestedBodiesAreRefusedNotOverflowed() {
    String deep = "{\"type\":\"error.list\",\"errors\":[" + "[".repeat(5_000) + "]".repeat(5_000) + "]}";
    assertNull(parser.parse(400, deep));
  }
}
