package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.AdminTagRequest;
import dev.pacer.intercom.model.Conversation;
import dev.pacer.intercom.model.ConversationAction;
import dev.pacer.intercom.model.ConversationUpdate;
import dev.pacer.intercom.model.ConvertToTicketRequest;
import dev.pacer.intercom.model.CustomerRequest;
import dev.pacer.intercom.model.RedactRequest;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ConversationPart;
import dev.pacer.intercom.model.CreateConversationRequest;
import dev.pacer.intercom.model.Message;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.SearchRequest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ConversationsApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final ConversationsApi conversations = wire.client.conversations();

  @Test
  void listSendsPageSizeAndCursorAndReadsConversations() throws Exception {
    wire.respondFixture("conversation_list.json");
    IntercomList<Conversation> page = wire.client.execute(conversations.list(1, "WzE3MTcx"));
    wire.expect("GET", "/conversations?per_page=1&starting_after=WzE3MTcx");

    assertEquals("conversation.list", page.type());
    assertEquals(2, page.totalCount());
    Conversation c = page.data().get(0);
    assertEquals("closed", c.state());
    assertNull(c.adminAssigneeId());
    assertNull(c.conversationParts());
    assertEquals("admin_initiated", c.source().deliveredAs());
    assertEquals("u-1042", c.contacts().contacts().get(0).externalId());
    assertEquals("WzE3MTcyMDAwMDAwMDAsMjAyNF0=", page.nextStartingAfter());
  }

  @Test
  void getReadsPartsSourceTagsAndTimes() throws Exception {
    wire.respondFixture("conversation.json");
    Conversation c = wire.client.execute(conversations.get("2024"));
    wire.expect("GET", "/conversations/2024");

    assertEquals("2024", c.id());
    assertEquals("Billing question", c.title());
    assertEquals(Instant.ofEpochSecond(1717203000), c.waitingSince());
    assertNull(c.snoozedUntil());
    assertTrue(c.open());
    assertEquals("high", c.priority());
    assertEquals(814532L, c.adminAssigneeId());
    assertEquals(6021L, c.teamAssigneeId());
    assertEquals("billing", c.tags().tags().get(0).name());
    assertEquals("814532", c.teammates().teammates().get(0).id());
    assertEquals(Map.of("issue_type", "billing"), c.customAttributes());
    assertEquals(Instant.ofEpochSecond(1717200000), c.firstContactReply().createdAt());
    assertEquals("grace@example.org", c.source().author().email());
    assertEquals(48213L, c.source().attachments().get(0).filesize());
    assertEquals(2, c.conversationParts().totalCount());
    ConversationPart assignment = c.conversationParts().conversationParts().get(0);
    assertEquals("91001", assignment.id()); // sent as a number, read as a string
    assertEquals("assignment", assignment.partType());
    assertEquals("814532", assignment.assignedTo().id());
    assertEquals("bot", assignment.author().type());
    ConversationPart reply = c.conversationParts().conversationParts().get(1);
    assertEquals("<p>Sorry about that, refunding now.</p>", reply.body());
    assertEquals(Instant.ofEpochSecond(1717203601), reply.notifiedAt());
    assertEquals("ext-77", reply.externalId());
  }

  @Test
  void getAsPlaintextSendsDisplayAs() throws Exception {
    wire.respondFixture("conversation.json");
    wire.client.execute(conversations.get("2024", "plaintext"));
    wire.expect("GET", "/conversations/2024?display_as=plaintext");
  }

  @Test
  void createSendsTheSenderAndReadsTheNewConversationId() throws Exception {
    wire.respond(200, "{\"type\":\"user_message\",\"id\":\"403918330\",\"created_at\":1734537501,"
        + "\"body\":\"Hello there\",\"message_type\":\"inapp\",\"conversation_id\":\"499\"}");
    Message m = wire.client.execute(conversations.create(
        CreateConversationRequest.from("user", "6762f11b1bb69f9f2193bba3", "Hello there")
            .subject("Hi")
            .attachmentUrl("https://files.example.org/a.png")
            .createdAt(Instant.ofEpochSecond(1734537500))
            .build()));
    wire.expect("POST", "/conversations", """
        {"from": {"type": "user", "id": "6762f11b1bb69f9f2193bba3"}, "body": "Hello there", "subject": "Hi",
         "attachment_urls": ["https://files.example.org/a.png"], "created_at": 1734537500}
        """);
    assertEquals("499", m.conversationId());
    assertEquals("inapp", m.messageType());
    assertEquals(Instant.ofEpochSecond(1734537501), m.createdAt());
  }

  @Test
  void createFromAContactNamesTheContactType() throws Exception {
    wire.respond(200, "{\"type\":\"user_message\",\"id\":\"1\",\"conversation_id\":\"2\"}");
    wire.client.execute(conversations.create(CreateConversationRequest.fromContact("65a1", "Hey").build()));
    wire.expect("POST", "/conversations", "{\"from\": {\"type\": \"contact\", \"id\": \"65a1\"}, \"body\": \"Hey\"}");
  }

  @Test
  void searchSendsASingleFilterWithPagination() throws Exception {
    wire.respondFixture("conversation_list.json");
    IntercomList<Conversation> page = wire.client.execute(conversations.search(
        SearchRequest.of(SearchQuery.field("state", SearchOperator.EQUALS, "open")).withPage(150, null)));
    wire.expect("POST", "/conversations/search",
        "{\"query\": {\"field\": \"state\", \"operator\": \"=\", \"value\": \"open\"}, \"pagination\": {\"per_page\": 150}}");
    assertEquals(1, page.data().size());
  }

  @Test
  void adminRepliesAndNotesNameTheAdmin() throws Exception {
    wire.respondFixture("conversation.json");
    wire.respondFixture("conversation.json");

    wire.client.execute(conversations.reply("2024", ReplyRequest.adminComment("814532", "On it").build()));
    wire.expect("POST", "/conversations/2024/reply",
        "{\"message_type\": \"comment\", \"type\": \"admin\", \"admin_id\": \"814532\", \"body\": \"On it\"}");
    wire.client.execute(conversations.reply("2024", ReplyRequest.adminNote("814532", "<p>VIP</p>")
        .attachmentUrl("https://files.example.org/n.txt").build()));
    wire.expect("POST", "/conversations/2024/reply", """
        {"message_type": "note", "type": "admin", "admin_id": "814532", "body": "<p>VIP</p>",
         "attachment_urls": ["https://files.example.org/n.txt"]}
        """);
  }

  @Test
  void contactRepliesNameTheContactOneOfThreeWays() throws Exception {
    for (int i = 0; i < 3; i++) wire.respondFixture("conversation.json");

    wire.client.execute(conversations.reply("2024",
        ReplyRequest.contactComment(ReplyRequest.Contact.intercomUserId("65a1"), "Thanks").build()));
    wire.expect("POST", "/conversations/2024/reply",
        "{\"message_type\": \"comment\", \"type\": \"user\", \"intercom_user_id\": \"65a1\", \"body\": \"Thanks\"}");
    wire.client.execute(conversations.reply("2024",
        ReplyRequest.contactComment(ReplyRequest.Contact.userId("u-1042"), "Thanks")
            .createdAt(Instant.ofEpochSecond(1717300000)).build()));
    wire.expect("POST", "/conversations/2024/reply",
        "{\"message_type\": \"comment\", \"type\": \"user\", \"user_id\": \"u-1042\", \"body\": \"Thanks\", \"created_at\": 1717300000}");
    wire.client.execute(conversations.reply("2024",
        ReplyRequest.contactComment(ReplyRequest.Contact.email("grace@example.org"), "Thanks").build()));
    wire.expect("POST", "/conversations/2024/reply",
        "{\"message_type\": \"comment\", \"type\": \"user\", \"email\": \"grace@example.org\", \"body\": \"Thanks\"}");
  }

  @Test
  void manageSendsEachOfTheFourActions() throws Exception {
    for (int i = 0; i < 5; i++) wire.respondFixture("conversation.json");

    wire.client.execute(conversations.manage("2024", ConversationAction.close("814532", "Goodbye :)")));
    wire.expect("POST", "/conversations/2024/parts",
        "{\"message_type\": \"close\", \"type\": \"admin\", \"admin_id\": \"814532\", \"body\": \"Goodbye :)\"}");
    wire.client.execute(conversations.manage("2024", ConversationAction.snooze("814532", Instant.ofEpochSecond(1734541187))));
    wire.expect("POST", "/conversations/2024/parts",
        "{\"message_type\": \"snoozed\", \"admin_id\": \"814532\", \"snoozed_until\": 1734541187}");
    wire.client.execute(conversations.manage("2024", ConversationAction.open("814532")));
    wire.expect("POST", "/conversations/2024/parts", "{\"message_type\": \"open\", \"admin_id\": \"814532\"}");
    wire.client.execute(conversations.manage("2024", ConversationAction.assignToAdmin("814532", "814533", null)));
    wire.expect("POST", "/conversations/2024/parts",
        "{\"message_type\": \"assignment\", \"type\": \"admin\", \"admin_id\": \"814532\", \"assignee_id\": \"814533\"}");
    wire.client.execute(conversations.manage("2024", ConversationAction.assignToTeam("814532", "6021", "Over to billing")));
    wire.expect("POST", "/conversations/2024/parts", """
        {"message_type": "assignment", "type": "team", "admin_id": "814532", "assignee_id": "6021", "body": "Over to billing"}
        """);
  }

  @Test
  void tagsAreAttachedAndDetachedOnBehalfOfAnAdmin() throws Exception {
    wire.respond(200, "{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"billing\"}");
    wire.respond(200, "{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"billing\"}");

    wire.client.execute(conversations.attachTag("2024", new AdminTagRequest("8801", "814532")));
    wire.expect("POST", "/conversations/2024/tags", "{\"id\": \"8801\", \"admin_id\": \"814532\"}");
    wire.client.execute(conversations.detachTag("2024", "8801", new AdminTagRequest(null, "814532")));
    wire.expect("DELETE", "/conversations/2024/tags/8801", "{\"admin_id\": \"814532\"}");
  }

  @Test
  void updateSendsOnlyTheFieldsSetAndDisplayAs() throws Exception {
    wire.respondFixture("conversation.json");
    wire.respondFixture("conversation.json");

    Conversation c = wire.client.execute(conversations.update("2024", null,
        ConversationUpdate.builder().read(true).title("Refund").customAttribute("issue_type", "Billing").build()));
    wire.expect("PUT", "/conversations/2024",
        "{\"read\": true, \"title\": \"Refund\", \"custom_attributes\": {\"issue_type\": \"Billing\"}}");
    assertEquals("2024", c.id());
    wire.client.execute(conversations.update("2024", "plaintext", ConversationUpdate.builder().companyId("6762f0c0").build()));
    wire.expect("PUT", "/conversations/2024?display_as=plaintext", "{\"company_id\": \"6762f0c0\"}");
  }

  @Test
  void contactsAreAttachedOneOfThreeWaysAndDetachedOnBehalfOfAnAdmin() throws Exception {
    for (int i = 0; i < 4; i++) wire.respondFixture("conversation.json");

    wire.client.execute(conversations.attachContact("2024",
        CustomerRequest.attach("814532", CustomerRequest.Customer.intercomUserId("65a1"))));
    wire.expect("POST", "/conversations/2024/customers",
        "{\"admin_id\": \"814532\", \"customer\": {\"intercom_user_id\": \"65a1\"}}");
    wire.client.execute(conversations.attachContact("2024",
        CustomerRequest.attach("814532", CustomerRequest.Customer.userId("u-1042"))));
    wire.expect("POST", "/conversations/2024/customers",
        "{\"admin_id\": \"814532\", \"customer\": {\"user_id\": \"u-1042\"}}");
    wire.client.execute(conversations.attachContact("2024",
        CustomerRequest.attach("814532", CustomerRequest.Customer.email("grace@example.org"))));
    wire.expect("POST", "/conversations/2024/customers",
        "{\"admin_id\": \"814532\", \"customer\": {\"email\": \"grace@example.org\"}}");
    Conversation c = wire.client.execute(conversations.detachContact("2024", "65a1", CustomerRequest.detach("814532")));
    wire.expect("DELETE", "/conversations/2024/customers/65a1", "{\"admin_id\": \"814532\"}");
    assertEquals("2024", c.id());
  }

  @Test
  void redactNamesAPartOrTheSource() throws Exception {
    wire.respondFixture("conversation.json");
    wire.respondFixture("conversation.json");

    wire.client.execute(conversations.redact(RedactRequest.part("2024", "91002")));
    wire.expect("POST", "/conversations/redact",
        "{\"type\": \"conversation_part\", \"conversation_id\": \"2024\", \"conversation_part_id\": \"91002\"}");
    Conversation c = wire.client.execute(conversations.redact(RedactRequest.source("2024", "4039")));
    wire.expect("POST", "/conversations/redact",
        "{\"type\": \"source\", \"conversation_id\": \"2024\", \"source_id\": \"4039\"}");
    assertEquals("2024", c.id());
  }

  @Test
  void convertSendsTheTicketTypeAndReadsTheTicket() throws Exception {
    wire.respondFixture("model/examples/Ticket.json");
    wire.respondFixture("model/examples/Ticket.json");

    Ticket t = wire.client.execute(conversations.convertToTicket("2024", ConvertToTicketRequest.of("53")));
    wire.expect("POST", "/conversations/2024/convert", "{\"ticket_type_id\": \"53\"}");
    assertEquals("631", t.id());
    assertEquals("38", t.ticketId());
    assertEquals("submitted", t.ticketState().category());
    assertEquals("Hardware", t.ticketType().name());
    assertEquals("u-2637", t.contacts().contacts().get(0).externalId());
    assertEquals(Instant.ofEpochSecond(1734600000), t.snoozedUntil());
    assertEquals("in_progress", t.ticketParts().ticketParts().get(0).ticketState());
    assertEquals("7583", t.linkedObjects().data().get(0).id());
    assertEquals("Printer on fire", t.ticketAttributes().get("_default_title_"));

    wire.client.execute(conversations.convertToTicket("2024",
        new ConvertToTicketRequest("53", "8481", Map.of("_default_title_", "Found a bug"))));
    wire.expect("POST", "/conversations/2024/convert",
        "{\"ticket_type_id\": \"53\", \"ticket_state_id\": \"8481\", \"attributes\": {\"_default_title_\": \"Found a bug\"}}");
  }
}
