package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.nylas.model.Draft;
import dev.pacer.nylas.model.DraftInput;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.Participant;
import dev.pacer.nylas.model.SendDraft;
import dev.pacer.nylas.model.Tracking;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class DraftsWireTest {
  private MockNylas nylas;
  private DraftsApi drafts;

  @BeforeEach
  void setUp() throws Exception {
    nylas = new MockNylas();
    drafts = nylas.account().drafts();
  }

  @AfterEach
  void tearDown() {
    nylas.close();
  }

  @Test
  void listIdsAndCountTakeMessageFilters() throws Exception {
    nylas.enqueueJson("[" + Fixtures.DRAFT + "]");
    nylas.enqueueJson("[\"dra-1\"]");
    nylas.enqueueJson("{\"count\": 1}");
    Draft d = nylas.client.execute(drafts.list(MessageFilter.builder().threadId("thr-1").build())).get(0);
    nylas.takeAccountRequest("GET", "/drafts?thread_id=thr-1");
    assertEquals(2, d.version());
    assertEquals("job-9", d.jobStatusId());
    assertEquals(Instant.ofEpochSecond(1602001027), d.date());
    assertEquals(List.of("dra-1"), nylas.client.execute(drafts.listIds(MessageFilter.none())));
    nylas.takeAccountRequest("GET", "/drafts?view=ids");
    assertEquals(1L, nylas.client.execute(drafts.count(MessageFilter.none())).count());
    nylas.takeAccountRequest("GET", "/drafts?view=count");
  }

  @Test
  void createGetUpdateAndDeleteWithVersion() throws Exception {
    nylas.enqueueJson(Fixtures.DRAFT);
    nylas.enqueueJson(Fixtures.DRAFT);
    nylas.enqueueJson(Fixtures.DRAFT);
    nylas.enqueue(new MockResponse.Builder().code(200).build());

    DraftInput input = DraftInput.builder()
        .subject("Hello")
        .to(List.of(Participant.of("Ada", "ada@example.com")))
        .cc(List.of(Participant.of("grace@example.com")))
        .body("<p>Hi</p>")
        .fileIds(List.of("file-1"))
        .replyToMessageId("msg-1")
        .build();
    nylas.client.execute(drafts.create(input));
    RecordedRequest post = nylas.takeAccountRequest("POST", "/drafts");
    assertEquals(MockNylas.json("""
        {"subject": "Hello", "to": [{"name": "Ada", "email": "ada@example.com"}],
         "cc": [{"email": "grace@example.com"}], "reply_to_message_id": "msg-1",
         "body": "<p>Hi</p>", "file_ids": ["file-1"]}"""), MockNylas.bodyJson(post));

    nylas.client.execute(drafts.get("dra-1"));
    nylas.takeAccountRequest("GET", "/drafts/dra-1");

    nylas.client.execute(drafts.update("dra-1", DraftInput.builder().subject("Hello again").version(2).build()));
    RecordedRequest put = nylas.takeAccountRequest("PUT", "/drafts/dra-1");
    assertEquals(MockNylas.json("{\"subject\": \"Hello again\", \"version\": 2}"), MockNylas.bodyJson(put));

    nylas.client.execute(drafts.delete("dra-1", 3));
    RecordedRequest delete = nylas.takeAccountRequest("DELETE", "/drafts/dra-1");
    assertEquals(MockNylas.json("{\"version\": 3}"), MockNylas.bodyJson(delete));
  }

  @Test
  void sendSavedDraftWithTracking() throws Exception {
    nylas.enqueueJson(Fixtures.MESSAGE);
    Message sent = nylas.client.execute(drafts.send(new SendDraft("dra-1", 2, new Tracking(true, true, false, "p-1"))));
    RecordedRequest r = nylas.takeAccountRequest("POST", "/send");
    assertEquals(MockNylas.json("""
        {"draft_id": "dra-1", "version": 2,
         "tracking": {"links": true, "opens": true, "thread_replies": false, "payload": "p-1"}}"""),
        MockNylas.bodyJson(r));
    assertEquals("msg-1", sent.id());
  }

  @Test
  void sendDirectlyWithoutDraft() throws Exception {
    nylas.enqueueJson(Fixtures.MESSAGE);
    nylas.client.execute(drafts.send(DraftInput.builder().subject("Now").to(List.of(Participant.of("a@b.c"))).build()));
    RecordedRequest r = nylas.takeAccountRequest("POST", "/send");
    assertEquals(MockNylas.json("{\"subject\": \"Now\", \"to\": [{\"email\": \"a@b.c\"}]}"), MockNylas.bodyJson(r));
  }

  @Test
  void sendRawMimeAsRfc822() throws Exception {
    nylas.enqueueJson(Fixtures.MESSAGE);
    String mime = "To: a@b.c\r\nSubject: Raw\r\n\r\nHi\r\n";
    nylas.client.execute(drafts.sendRaw(mime));
    RecordedRequest r = nylas.takeAccountRequest("POST", "/send");
    assertEquals("message/rfc822; charset=utf-8", r.getHeaders().get("Content-Type"));
    assertEquals(mime, r.getBody().utf8());
  }
}
