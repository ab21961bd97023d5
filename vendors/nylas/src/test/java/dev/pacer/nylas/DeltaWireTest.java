package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.nylas.model.Delta;
import dev.pacer.nylas.model.DeltaObjectType;
import dev.pacer.nylas.model.DeltaOptions;
import dev.pacer.nylas.model.DeltaPage;
import dev.pacer.nylas.model.EmailThread;
import dev.pacer.nylas.model.Message;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class DeltaWireTest {
  private MockNylas nylas;
  private NylasAccount account;

  @BeforeEach
  void setUp() throws Exception {
    nylas = new MockNylas();
    account = nylas.account();
  }

  @AfterEach
  void tearDown() {
    nylas.close();
  }

  @Test
  void latestCursorIsAnEmptyPost() throws Exception {
    nylas.enqueueJson("{\"cursor\": \"c-100\"}");
    assertEquals("c-100", nylas.client.execute(account.deltas().latestCursor()).cursor());
    RecordedRequest r = nylas.takeAccountRequest("POST", "/delta/latest_cursor");
    assertEquals(0L, r.getBodySize());
  }

  @Test
  void pageSendsCursorAndOptionsAndBindsAttributes() throws Exception {
    nylas.enqueueJson(Fixtures.DELTA_PAGE);
    DeltaOptions options = DeltaOptions.builder()
        .expanded()
        .includeTypes(DeltaObjectType.THREAD, DeltaObjectType.MESSAGE)
        .build();
    DeltaPage page = nylas.client.execute(account.deltas().page("c-1", options));
    nylas.takeAccountRequest("GET", "/delta?cursor=c-1&view=expanded&include_types=message,thread");
    assertEquals("c-1", page.cursorStart());
    assertEquals("c-3", page.cursorEnd());
    assertEquals(2, page.deltas().size());
    Delta first = page.deltas().get(0);
    assertEquals("create", first.event());
    Message m = first.attributesAs(Message.class);
    assertEquals(Instant.ofEpochSecond(1557950729), m.date());
    assertEquals(4, page.deltas().get(1).attributesAs(EmailThread.class).version());
  }

  @Test
  void excludedTypesAreSentAndCannotMixWithIncluded() throws Exception {
    nylas.enqueueJson("{\"cursor_start\": \"c-1\", \"cursor_end\": \"c-1\", \"deltas\": []}");
    nylas.client.execute(account.deltas().page("c-1",
        DeltaOptions.builder().excludedTypes(DeltaObjectType.CONTACT, DeltaObjectType.FILE).build()));
    nylas.takeAccountRequest("GET", "/delta?cursor=c-1&excluded_types=contact,file");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeltaOptions.builder().includeTypes(DeltaObjectType.MESSAGE).excludedTypes(DeltaObjectType.EVENT).build());
    assertEquals("include_types and excluded_types are exclusive: include [MESSAGE], exclude [EVENT]", e.getMessage());
  }

  @Test
  void longPollSendsTimeoutInSeconds() throws Exception {
    nylas.enqueueJson(Fixtures.DELTA_PAGE);
    DeltaPage page = nylas.client.execute(account.deltas().longPoll("c-1", Duration.ofMinutes(2), DeltaOptions.none()));
    nylas.takeAccountRequest("GET", "/delta/longpoll?cursor=c-1&timeout=120");
    assertEquals("c-3", page.cursorEnd());
    assertThrows(IllegalArgumentException.class,
        () -> account.deltas().longPoll("c-1", Duration.ofMillis(500), DeltaOptions.none()));
  }

  @Test
  void streamingDeliversDeltasFromTheOpenResponse() throws Exception {
    nylas.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .chunkedBody(Fixtures.DELTA_MESSAGE + "\n\n" + Fixtures.DELTA_THREAD + "\n", 16).build());
    try (DeltaStream stream = account.streamDeltas("c-1", DeltaOptions.builder().expanded().build())) {
      assertEquals("msg-1", stream.next().id());
      assertEquals("c-2", stream.cursor());
      assertEquals("thr-1", stream.next().id());
      assertEquals("c-3", stream.cursor());
      assertNull(stream.next());
    }
    nylas.takeAccountRequest("GET", "/delta/streaming?cursor=c-1&view=expanded");
  }

  @Test
  void streamingErrorIsTyped() throws Exception {
    nylas.enqueue(new MockResponse.Builder().code(429)
        .setHeader("X-RateLimit-Limit", "10").setHeader("X-RateLimit-Reset", "3")
        .body("{\"message\": \"Too many concurrent streaming requests\", \"type\": \"invalid_request_error\"}")
        .build());
    dev.pacer.vendor.support.ApiException e = assertThrows(dev.pacer.vendor.support.ApiException.class,
        () -> account.streamDeltas("c-1"));
    assertEquals(NylasLimit.CONCURRENT_STREAMING, NylasError.from(e).limit());
  }
}
