package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.intercom.model.Message;
import dev.pacer.intercom.model.MessageRequest;
import dev.pacer.intercom.model.MessageRequest.Recipient;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class MessagesApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();

  @Test
  void anInAppMessageToOneContactSendsTheRecipientAsAnObject() throws Exception {
    wire.respond(200, "{\"type\":\"admin_message\",\"id\":\"403918396\",\"created_at\":1734537780,"
        + "\"body\":\"Hi\",\"message_type\":\"inapp\",\"conversation_id\":\"613\"}");
    Message m = wire.client.execute(wire.client.messages().create(
        MessageRequest.inApp("991267816", "Hi").to(Recipient.user("6762f23b")).build()));
    wire.expect("POST", "/messages", """
        {"message_type": "in_app", "body": "Hi", "from": {"type": "admin", "id": "991267816"},
         "to": {"type": "user", "id": "6762f23b"}}
        """);
    assertEquals("613", m.conversationId());
    assertEquals(Instant.ofEpochSecond(1734537780), m.createdAt());
  }

  @Test
  void anEmailToSeveralContactsSendsArraysAndEveryOption() throws Exception {
    wire.respond(200, "{\"type\":\"admin_message\",\"id\":\"1\",\"message_type\":\"email\",\"subject\":\"Invoice\"}");
    Message m = wire.client.execute(wire.client.messages().create(
        MessageRequest.email("991267816", "Invoice", "<p>Attached</p>")
            .to(Recipient.user("u1")).to(Recipient.lead("l1"))
            .cc(Recipient.user("u2")).bcc(Recipient.user("u3"))
            .template("personal")
            .createdAt(Instant.ofEpochSecond(1590000000))
            .createConversationWithoutContactReply(true)
            .build()));
    wire.expect("POST", "/messages", """
        {"message_type": "email", "subject": "Invoice", "body": "<p>Attached</p>", "template": "personal",
         "from": {"type": "admin", "id": "991267816"},
         "to": [{"type": "user", "id": "u1"}, {"type": "lead", "id": "l1"}],
         "cc": {"type": "user", "id": "u2"}, "bcc": {"type": "user", "id": "u3"},
         "created_at": 1590000000, "create_conversation_without_contact_reply": true}
        """);
    assertEquals("Invoice", m.subject());
  }

  @Test
  void aMessageWithoutARecipientIsRefusedBeforeSending() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> MessageRequest.inApp("991267816", "Hi").build());
    assertEquals("a message needs at least one recipient", e.getMessage());
    assertEquals(0, wire.server.getRequestCount());
  }
}
