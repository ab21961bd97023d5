package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.EmailThread;
import dev.pacer.nylas.model.ThreadFilter;
import dev.pacer.nylas.model.ThreadUpdate;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ThreadsWireTest {
  private MockNylas nylas;
  private ThreadsApi threads;

  @BeforeEach
  void setUp() throws Exception {
    nylas = new MockNylas();
    threads = nylas.account().threads();
  }

  @AfterEach
  void tearDown() {
    nylas.close();
  }

  @Test
  void listSendsEveryFilterAndParsesThreads() throws Exception {
    nylas.enqueueJson("[" + Fixtures.THREAD + "]");
    ThreadFilter filter = ThreadFilter.builder()
        .subject("Launch")
        .anyEmail("ada@example.com")
        .to("to@example.com")
        .from("from@example.com")
        .cc("cc@example.com")
        .bcc("bcc@example.com")
        .in("inbox")
        .notIn("spam")
        .unread(false)
        .starred(true)
        .filename("a.txt")
        .lastMessageBefore(Instant.ofEpochSecond(4))
        .lastMessageAfter(Instant.ofEpochSecond(3))
        .startedBefore(Instant.ofEpochSecond(2))
        .startedAfter(Instant.ofEpochSecond(1))
        .limit(50)
        .offset(0)
        .build();

    List<EmailThread> list = nylas.client.execute(threads.list(filter));

    nylas.takeAccountRequest("GET", "/threads?subject=Launch&any_email=ada@example.com&to=to@example.com"
        + "&from=from@example.com&cc=cc@example.com&bcc=bcc@example.com&in=inbox&not_in=spam&unread=false"
        + "&starred=true&filename=a.txt&last_message_before=4&last_message_after=3&started_before=2"
        + "&started_after=1&limit=50&offset=0");
    EmailThread t = list.get(0);
    assertEquals("thr-1", t.id());
    assertEquals(3, t.version());
    assertTrue(t.starred());
    assertTrue(t.hasAttachments());
    assertEquals(List.of("msg-1", "msg-2"), t.messageIds());
    assertEquals(Instant.ofEpochSecond(1557950729), t.lastMessageReceivedTimestamp());
    assertNull(t.lastMessageSentTimestamp());
    assertEquals("Important", t.labels().get(0).displayName());
    assertEquals("ada@example.com", t.participants().get(0).email());
    assertTrue(t.messages().isEmpty());
  }

  @Test
  void idsAndCountViews() throws Exception {
    nylas.enqueueJson("[\"thr-1\"]");
    nylas.enqueueJson("{\"count\": 7}");
    assertEquals(List.of("thr-1"), nylas.client.execute(threads.listIds(ThreadFilter.none())));
    nylas.takeAccountRequest("GET", "/threads?view=ids");
    assertEquals(7L, nylas.client.execute(threads.count(ThreadFilter.builder().in("inbox").build())).count());
    nylas.takeAccountRequest("GET", "/threads?view=count&in=inbox");
  }

  @Test
  void expandedViewsCarryMessages() throws Exception {
    String expanded = "{\"id\": \"thr-1\", \"messages\": [" + Fixtures.MESSAGE + "], \"drafts\": [" + Fixtures.DRAFT + "]}";
    nylas.enqueueJson("[" + expanded + "]");
    nylas.enqueueJson(expanded);
    EmailThread listed = nylas.client.execute(threads.listExpanded(ThreadFilter.builder().limit(1).build())).get(0);
    nylas.takeAccountRequest("GET", "/threads?view=expanded&limit=1");
    EmailThread one = nylas.client.execute(threads.getExpanded("thr-1"));
    nylas.takeAccountRequest("GET", "/threads/thr-1?view=expanded");
    assertEquals("msg-1", listed.messages().get(0).id());
    assertEquals(2, one.drafts().get(0).version());
  }

  @Test
  void getAndUpdate() throws Exception {
    nylas.enqueueJson(Fixtures.THREAD);
    nylas.enqueueJson(Fixtures.THREAD);
    assertEquals("thr-1", nylas.client.execute(threads.get("thr-1")).id());
    nylas.takeAccountRequest("GET", "/threads/thr-1");
    nylas.client.execute(threads.update("thr-1", ThreadUpdate.builder().starred(true).folderId("fold-2").build()));
    RecordedRequest r = nylas.takeAccountRequest("PUT", "/threads/thr-1");
    assertEquals(MockNylas.json("{\"starred\": true, \"folder_id\": \"fold-2\"}"), MockNylas.bodyJson(r));
  }

  @Test
  void searchSendsQuery() throws Exception {
    nylas.enqueueJson("[" + Fixtures.THREAD + "]");
    assertEquals(1, nylas.client.execute(threads.search("launch", 10, null)).size());
    nylas.takeAccountRequest("GET", "/threads/search?q=launch&limit=10");
  }
}
