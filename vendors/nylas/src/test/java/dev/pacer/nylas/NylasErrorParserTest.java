package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

final class NylasErrorParserTest {
  private final NylasErrorParser parser = NylasErrorParser.INSTANCE;

  @Test
  void readsMessageAndType() {
    NylasError e = parser.parse(401, "{\"message\": \"Could not verify access credential.\", \"type\": \"invalid_request_error\", \"x\": 1}");
    assertEquals(new NylasError("Could not verify access credential.", "invalid_request_error", 401), e);
    assertEquals("Could not verify access credential. (invalid_request_error)", parser.message(e));
  }

  @Test
  void anythingElseIsNotANylasError() {
    for (String body : new String[] {"", "   ", "<html>Bad gateway</html>", "[]", "{\"error\": \"x\"}", "\"text\"",
        "{\"message\": {\"nested\": true}}", "{\"message\": "}) {
      assertNull(parser.parse(502, body), body);
    }
    assertNull(parser.parse(502, null));
    assertNull(parser.message(null));
  }

  @Test
  void onlyA429NamesALimit() {
    assertEquals(NylasLimit.NONE, new NylasError("Too many requests", "invalid_request_error", 400).limit());
    assertEquals(NylasLimit.ACCOUNT, new NylasError("Too many requests", "invalid_request_error", 429).limit());
    assertEquals(NylasLimit.OTHER, new NylasError(null, null, 429).limit());
  }
}
