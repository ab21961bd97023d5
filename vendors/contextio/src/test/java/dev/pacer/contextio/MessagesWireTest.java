package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.contextio.model.Attachment;
import dev.pacer.contextio.model.Message;
import dev.pacer.contextio.model.MessageBodies;
import dev.pacer.contextio.model.MessageFlags;
import dev.pacer.contextio.model.MessageHeaders;
import dev.pacer.contextio.model.ReadState;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Wire shape and parsing of the message methods, Context.IO's calls to IMAP. */
final class MessagesWireTest {
  private static final String USER = "6a7b";
  private static final String MSG_ID = "<CAF=x9+Yq@mail.example.com>";
  private static final String MSG_PATH = "/lite/users/6a7b/email_accounts/0/folders/INBOX%2FClients/messages/%3CCAF=x9+Yq@mail.example.com%3E";

  static final String MESSAGE = """
      {"email_message_id":"<CAF=x9+Yq@mail.example.com>","message_id":"5a1b2c","subject":"Quarterly report",
       "sent_at":1735693200,"received_at":null,
       "addresses":{"from":{"email":"bob@example.com","name":"Bob"},"to":[{"email":"ann@example.com","name":"Ann"}],
                    "cc":[],"bcc":[],"reply_to":{"email":"reports@example.com"},"sender":[{"email":"bob@example.com"}]},
       "person_info":{"bob@example.com":{"thumbnail":"https://example.com/bob.png"}},
       "folders":["INBOX/Clients"],
       "attachments":[{"attachment_id":2,"file_name":"q3.pdf","type":"application/pdf","size":48213,
                       "content_disposition":"attachment","body_section":"2"}],
       "bodies":[{"type":"text/plain","charset":"UTF-8","content":"Hi Ann,\\nsee attached.","body_section":"1.1"}],
       "headers":{"Subject":["Quarterly report"],"Received":["from a","from b"]},
       "flags":{"read":true,"answered":false,"flagged":1,"draft":false,"deleted":false},
       "references":["<prev@example.com>"],"in_reply_to":"<prev@example.com>",
       "resource_url":"https://api.context.io/lite/users/6a7b/email_accounts/0/folders/INBOX%2FClients/messages/%3CCAF%3Dx9%2BYq%40mail.example.com%3E"}""";

  @AutoClose private final ContextIoTestServer t = ContextIoTestServer.start();

  @Test
  void listMessagesSendsTheIncludeOptionsAndPagingAndParsesAFullMessage() throws Exception {
    t.reply(200, "[" + MESSAGE + "]");
    MessageOptions options = MessageOptions.builder()
        .includeBody("text/plain")
        .includeHeaders(MessageOptions.Headers.PARSED)
        .includeFlags(true)
        .build();
    List<Message> messages = t.client.execute(t.client.messages().list(USER, "0", "INBOX/Clients", options, 0, 25));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0/folders/INBOX%2FClients/messages"
        + "?include_body=1&body_type=text%2Fplain&include_headers=1&include_flags=1&limit=25&offset=0");

    Message m = messages.get(0);
    assertEquals(MSG_ID, m.emailMessageId());
    assertEquals(1735693200L, m.sentAt());
    assertNull(m.receivedAt());
    assertEquals("Bob", m.addresses().from().name());
    assertEquals("ann@example.com", m.addresses().to().get(0).email());
    assertEquals("reports@example.com", m.addresses().replyTo().get(0).email(), "one object reads as a list");
    assertEquals("q3.pdf", m.attachments().get(0).fileName());
    assertEquals("2", m.attachments().get(0).attachmentId());
    assertEquals("Hi Ann,\nsee attached.", m.bodies().get(0).content());
    assertEquals(List.of("from a", "from b"), m.headers().headers().get("Received"));
    assertEquals(new MessageFlags(true, false, true, false, false), m.flags());
    assertEquals("<prev@example.com>", m.inReplyTo());
    assertTrue(m.personInfo().has("bob@example.com"));
  }

  @Test
  void getMessageWithRawHeadersAndADelimiter() throws Exception {
    t.reply(200, "{\"email_message_id\":\"<x@y>\",\"headers\":\"Subject: Hi\\r\\nFrom: b@example.com\\r\\n\"}");
    Message m = t.client.execute(t.client.messages().get(USER, "0", "INBOX.Clients", "<x@y>",
        MessageOptions.builder().includeHeaders(MessageOptions.Headers.RAW).delimiter(".").build()));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0/folders/INBOX.Clients/messages/%3Cx@y%3E?include_headers=raw&delimiter=.");
    assertTrue(m.headers().raw().startsWith("Subject: Hi"));
    assertEquals(Map.of(), m.headers().headers());
  }

  @Test
  void getMessageWithoutOptionsSendsNoQuery() throws Exception {
    t.reply(200, MESSAGE);
    assertEquals("Quarterly report", t.client.execute(
        t.client.messages().get(USER, "0", "INBOX/Clients", MSG_ID, MessageOptions.none())).subject());
    t.takeEmpty("GET", MSG_PATH);
  }

  @Test
  void moveMessagePostsTheNewFolderAsASignedForm() throws Exception {
    t.replySuccess();
    assertTrue(t.client.execute(t.client.messages().move(USER, "0", "INBOX/Clients", MSG_ID, "Archive/2024", null)).isSuccess());
    t.takeForm("POST", MSG_PATH, Map.of("new_folder_id", "Archive/2024"));
  }

  @Test
  void listAttachments() throws Exception {
    t.reply(200, "[{\"attachment_id\":\"2\",\"file_name\":\"q3.pdf\",\"type\":\"application/pdf\",\"size\":48213}]");
    List<Attachment> list = t.client.execute(t.client.messages().attachments(USER, "0", "INBOX/Clients", MSG_ID, null));
    t.takeEmpty("GET", MSG_PATH + "/attachments");
    assertEquals(48213L, list.get(0).size());
  }

  @Test
  void attachmentContentIsStreamedBytes() throws Exception {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xff, 10};
    t.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/pdf")
        .body(new Buffer().write(pdf)).build());
    try (ResponseBody body = t.client.execute(t.client.messages().attachment(USER, "0", "INBOX/Clients", MSG_ID, "2", null))) {
      assertArrayEquals(pdf, body.bytes());
    }
    t.takeEmpty("GET", MSG_PATH + "/attachments/2");
  }

  /**
   * The raw source arrives 1 KiB a second; a client that buffered the whole 4 MiB body would
   * wait over an hour before returning it, so reading the first kilobyte proves it streams.
   */
  @Test
  @Timeout(30)
  void rawSourceIsStreamedNotBuffered() throws Exception {
    Buffer big = new Buffer();
    big.writeUtf8("Received: from mail.example.com\r\nSubject: big\r\n\r\n");
    while (big.size() < 4 * 1024 * 1024) big.writeUtf8("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n");
    t.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "message/rfc822")
        .body(big).throttleBody(1024, 1, java.util.concurrent.TimeUnit.SECONDS).build());
    try (ResponseBody body = t.client.execute(t.client.messages().raw(USER, "0", "INBOX/Clients", MSG_ID));
         InputStream in = body.byteStream()) {
      byte[] head = in.readNBytes(16);
      assertEquals("Received: from m", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }
    t.takeEmpty("GET", MSG_PATH + "/raw");
  }

  @Test
  void bodyReadsBothTheWrappedAndTheBareShape() throws Exception {
    t.reply(200, "{\"bodies\":[{\"type\":\"text/html\",\"charset\":\"UTF-8\",\"content\":\"<p>Hi</p>\",\"body_section\":\"1.2\",\"size\":9}]}");
    MessageBodies bodies = t.client.execute(t.client.messages().body(USER, "0", "INBOX/Clients", MSG_ID, "text/html", null));
    t.takeEmpty("GET", MSG_PATH + "/body?type=text%2Fhtml");
    assertEquals("<p>Hi</p>", bodies.first("text/html").content());
    assertEquals(9L, bodies.bodies().get(0).size());

    t.reply(200, "[{\"type\":\"text/plain\",\"content\":\"Hi\"}]");
    assertEquals("Hi", t.client.execute(t.client.messages().body(USER, "0", "INBOX/Clients", MSG_ID, null, null))
        .first("text/plain").content());
    t.takeEmpty("GET", MSG_PATH + "/body");
  }

  @Test
  void flagsReadSeenOrRead() throws Exception {
    t.reply(200, "{\"flags\":{\"seen\":true,\"answered\":true,\"flagged\":false,\"draft\":false,\"deleted\":false}}");
    assertEquals(new MessageFlags(true, true, false, false, false),
        t.client.execute(t.client.messages().flags(USER, "0", "INBOX/Clients", MSG_ID)));
    t.takeEmpty("GET", MSG_PATH + "/flags");

    t.reply(200, "{\"read\":0,\"flagged\":1}");
    MessageFlags f = t.client.execute(t.client.messages().flags(USER, "0", "INBOX/Clients", MSG_ID));
    assertFalse(f.seen());
    assertTrue(f.flagged());
    assertNull(f.deleted());
    t.takeEmpty("GET", MSG_PATH + "/flags");
  }

  @Test
  void headersParsedAndRaw() throws Exception {
    t.reply(200, "{\"resource_url\":\"https://api.context.io/x\",\"headers\":{\"Subject\":[\"Hi\"],\"X-Spam\":\"no\"}}");
    MessageHeaders h = t.client.execute(t.client.messages().headers(USER, "0", "INBOX/Clients", MSG_ID, null, null));
    t.takeEmpty("GET", MSG_PATH + "/headers");
    assertEquals("Hi", h.first("subject"));
    assertEquals(List.of("no"), h.headers().get("X-Spam"));
    assertEquals("https://api.context.io/x", h.resourceUrl());

    t.reply(200, "{\"headers\":\"Subject: Hi\\r\\n\"}");
    assertEquals("Subject: Hi\r\n", t.client.execute(t.client.messages().headers(USER, "0", "INBOX/Clients", MSG_ID, 1, null)).raw());
    t.takeEmpty("GET", MSG_PATH + "/headers?raw=1");
  }

  @Test
  void readStateMarkReadAndMarkUnread() throws Exception {
    t.reply(200, "{\"read\":true}");
    ReadState state = t.client.execute(t.client.messages().readState(USER, "0", "INBOX/Clients", MSG_ID));
    t.takeEmpty("GET", MSG_PATH + "/read");
    assertTrue(state.read());

    t.replySuccess();
    assertTrue(t.client.execute(t.client.messages().markRead(USER, "0", "INBOX/Clients", MSG_ID)).isSuccess());
    t.takeEmpty("POST", MSG_PATH + "/read");

    t.replySuccess();
    assertTrue(t.client.execute(t.client.messages().markUnread(USER, "0", "INBOX/Clients", MSG_ID)).isSuccess());
    t.takeEmpty("DELETE", MSG_PATH + "/read");
  }

  @Test
  void asyncCallsAreSignedAndParsedToo() throws Exception {
    t.reply(200, MESSAGE);
    Message m = t.client.async(t.client.messages().get(USER, "0", "INBOX/Clients", MSG_ID, MessageOptions.none()))
        .get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals("5a1b2c", m.messageId());
    t.takeEmpty("GET", MSG_PATH);
  }
}
