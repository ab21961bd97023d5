package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.Count;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.MessageUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class MessagesWireTest {
  private MockNylas nylas;
  private MessagesApi messages;

  @BeforeEach
  void setUp() throws Exception {
    nylas = new MockNylas();
    messages = nylas.account().messages();
  }

  @AfterEach
  void tearDown() {
    nylas.close();
  }

  @Test
  void listSendsEveryFilterAndParsesMessages() throws Exception {
    nylas.enqueueJson("[" + Fixtures.MESSAGE + "]");
    MessageFilter filter = MessageFilter.builder()
        .subject("Launch checklist")
        .anyEmail("ada@example.com")
        .to("ada@example.com")
        .from("grace@example.com")
        .cc("cc@example.com")
        .bcc("bcc@example.com")
        .in("inbox")
        .notIn("trash")
        .unread(true)
        .starred(false)
        .filename("plan.pdf")
        .threadId("thr-1")
        .receivedBefore(Instant.ofEpochSecond(1600000000))
        .receivedAfter(Instant.ofEpochSecond(1500000000))
        .hasAttachment(true)
        .limit(5)
        .offset(10)
        .build();

    List<Message> list = nylas.client.execute(messages.list(filter));

    nylas.takeAccountRequest("GET", "/messages?subject=Launch checklist&any_email=ada@example.com"
        + "&to=ada@example.com&from=grace@example.com&cc=cc@example.com&bcc=bcc@example.com&in=inbox"
        + "&not_in=trash&unread=true&starred=false&filename=plan.pdf&thread_id=thr-1"
        + "&received_before=1600000000&received_after=1500000000&has_attachment=true&limit=5&offset=10");
    assertEquals(1, list.size());
    Message m = list.get(0);
    assertEquals("msg-1", m.id());
    assertEquals("thr-1", m.threadId());
    assertEquals("grace@example.com", m.from().get(0).email());
    assertEquals("Grace Hopper", m.from().get(0).name());
    assertEquals(Instant.ofEpochSecond(1557950729), m.date());
    assertTrue(m.unread());
    assertFalse(m.starred());
    assertEquals("plan.pdf", m.files().get(0).filename());
    assertEquals(4096L, m.files().get(0).size());
    assertEquals("Inbox", m.folder().displayName());
    assertEquals("42", m.metadata().get("crm_id").asText());
    assertTrue(m.labels().isEmpty());
    assertTrue(m.subcategories().isEmpty(), "absent lists read as empty, never null");
  }

  @Test
  void listWithoutFilterSendsNoQuery() throws Exception {
    nylas.enqueueJson("[]");
    assertTrue(nylas.client.execute(messages.list(MessageFilter.none())).isEmpty());
    nylas.takeAccountRequest("GET", "/messages");
  }

  @Test
  void idsViewAnswersWithIds() throws Exception {
    nylas.enqueueJson("[\"msg-1\", \"msg-2\"]");
    List<String> ids = nylas.client.execute(messages.listIds(MessageFilter.builder().in("inbox").build()));
    nylas.takeAccountRequest("GET", "/messages?view=ids&in=inbox");
    assertEquals(List.of("msg-1", "msg-2"), ids);
  }

  @Test
  void countViewAnswersWithCount() throws Exception {
    nylas.enqueueJson("{\"count\": 1234}");
    Count count = nylas.client.execute(messages.count(MessageFilter.builder().unread(true).build()));
    nylas.takeAccountRequest("GET", "/messages?view=count&unread=true");
    assertEquals(1234L, count.count());
  }

  @Test
  void expandedViewCarriesHeaders() throws Exception {
    nylas.enqueueJson("[{\"id\": \"msg-1\", \"headers\": {\"Message-Id\": \"<x@y>\", \"In-Reply-To\": null}}]");
    List<Message> list = nylas.client.execute(messages.listExpanded(MessageFilter.builder().limit(1).build()));
    nylas.takeAccountRequest("GET", "/messages?view=expanded&limit=1");
    assertEquals("<x@y>", list.get(0).headers().get("Message-Id").asText());
  }

  @Test
  void getFetchesOneMessage() throws Exception {
    nylas.enqueueJson(Fixtures.MESSAGE);
    Message m = nylas.client.execute(messages.get("msg-1"));
    nylas.takeAccountRequest("GET", "/messages/msg-1");
    assertEquals("Launch checklist", m.subject());
  }

  @Test
  void rawAsksForMimeAndStreamsIt() throws Exception {
    String mime = "From: grace@example.com\r\nSubject: Launch\r\n\r\nBody\r\n";
    nylas.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "message/rfc822").body(mime).build());
    try (ResponseBody body = nylas.client.execute(messages.raw("msg-1"))) {
      assertEquals(mime, body.string());
    }
    RecordedRequest r = nylas.takeAccountRequest("GET", "/messages/msg-1");
    assertEquals("message/rfc822", r.getHeaders().get("Accept"));
  }

  @Test
  void updateSendsOnlyTheFieldsSet() throws Exception {
    nylas.enqueueJson(Fixtures.MESSAGE);
    MessageUpdate update = MessageUpdate.builder().unread(false).labelIds(List.of("lab-1", "lab-2")).build();
    Message m = nylas.client.execute(messages.update("msg-1", update));
    RecordedRequest r = nylas.takeAccountRequest("PUT", "/messages/msg-1");
    assertEquals(MockNylas.json("{\"unread\": false, \"label_ids\": [\"lab-1\", \"lab-2\"]}"), MockNylas.bodyJson(r));
    assertEquals("application/json; charset=UTF-8", r.getHeaders().get("Content-Type"));
    assertEquals("msg-1", m.id());
  }

  @Test
  void searchSendsQueryAndPaging() throws Exception {
    nylas.enqueueJson("[" + Fixtures.MESSAGE + "]");
    nylas.enqueueJson("[]");
    assertEquals(1, nylas.client.execute(messages.search("launch plan", 20, 40)).size());
    nylas.takeAccountRequest("GET", "/messages/search?q=launch plan&limit=20&offset=40");
    assertTrue(nylas.client.execute(messages.search("from:grace")).isEmpty());
    nylas.takeAccountRequest("GET", "/messages/search?q=from:grace");
  }

  @Test
  void allMessagesFetchesPagesUntilAShortOne() throws Exception {
    nylas.enqueueJson("[" + Fixtures.MESSAGE + "," + Fixtures.MESSAGE + "]");
    nylas.enqueueJson("[" + Fixtures.MESSAGE + "]");
    int n = 0;
    for (Message m : nylas.account().allMessages(MessageFilter.builder().in("inbox").limit(2).build())) {
      assertEquals("msg-1", m.id());
      n++;
    }
    assertEquals(3, n);
    nylas.takeAccountRequest("GET", "/messages?in=inbox&limit=2&offset=0");
    nylas.takeAccountRequest("GET", "/messages?in=inbox&limit=2&offset=2");
    assertEquals(2, nylas.server.getRequestCount());
  }

  @Test
  void nullFolderAndMissingFieldsAreTolerated() throws Exception {
    nylas.enqueueJson("[{\"id\": \"msg-9\"}]");
    Message m = nylas.client.execute(messages.list(MessageFilter.none())).get(0);
    nylas.take();
    assertNull(m.folder());
    assertNull(m.date());
    assertTrue(m.from().isEmpty());
  }
}
