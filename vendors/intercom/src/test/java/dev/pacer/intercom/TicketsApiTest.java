package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.AdminTagRequest;
import dev.pacer.intercom.model.DeletedObject;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Tag;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.intercom.model.TicketPart;
import dev.pacer.intercom.model.TicketRequest;
import dev.pacer.intercom.model.TicketState;
import dev.pacer.intercom.model.TicketType;
import dev.pacer.intercom.model.TicketUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class TicketsApiTest {
  private static final String TICKET = "model/examples/Ticket.json";

  @AutoClose private final WireHarness wire = WireHarness.start();
  private final TicketsApi tickets = wire.client.tickets();

  @Test
  void createSendsTheTypeTheContactAndTheAttributes() throws Exception {
    wire.respondFixture(TICKET);
    wire.respondFixture(TICKET);

    Ticket t = wire.client.execute(tickets.create(
        TicketRequest.builder("88", TicketRequest.ContactRef.id("6762f2d8")).attribute("_default_title_", "Printer").build()));
    wire.expect("POST", "/tickets", """
        {"ticket_type_id": "88", "contacts": [{"id": "6762f2d8"}], "ticket_attributes": {"_default_title_": "Printer"}}
        """);
    assertEquals("631", t.id());
    wire.client.execute(tickets.create(TicketRequest.builder("88", TicketRequest.ContactRef.email("ada@example.com"))
        .conversationToLinkId("2024").companyId("6762f0c0").createdAt(Instant.ofEpochSecond(1590000000))
        .assign("991268011", "6021").skipNotifications(true).build()));
    wire.expect("POST", "/tickets", """
        {"ticket_type_id": "88", "contacts": [{"email": "ada@example.com"}], "conversation_to_link_id": "2024",
         "company_id": "6762f0c0", "created_at": 1590000000,
         "assignment": {"admin_assignee_id": "991268011", "team_assignee_id": "6021"}, "skip_notifications": true}
        """);
  }

  @Test
  void aContactMayBeNamedByExternalId() throws Exception {
    wire.respondFixture(TICKET);
    wire.client.execute(tickets.create(TicketRequest.builder("88", TicketRequest.ContactRef.externalId("u-54")).build()));
    wire.expect("POST", "/tickets", "{\"ticket_type_id\": \"88\", \"contacts\": [{\"external_id\": \"u-54\"}]}");
  }

  @Test
  void getUpdateAndDeleteAddressTheTicketById() throws Exception {
    wire.respondFixture(TICKET);
    wire.respondFixture(TICKET);
    wire.respond(200, "{\"id\":\"631\",\"object\":\"ticket\",\"deleted\":true}");

    Ticket t = wire.client.execute(tickets.get("631"));
    RecordedRequestAssert.noBody(wire.expect("GET", "/tickets/631"));
    assertEquals("Back-office", t.category());
    assertEquals(6021L, t.teamAssigneeId());

    wire.client.execute(tickets.update("631", TicketUpdate.builder()
        .attribute("_default_title_", "Printer fixed").ticketStateId("8498").companyId("6762f0c0").open(false)
        .shared(true).snoozedUntil(Instant.ofEpochSecond(1673609604)).adminId(991268011L).assigneeId("0")
        .skipNotifications(true).build()));
    wire.expect("PUT", "/tickets/631", """
        {"ticket_attributes": {"_default_title_": "Printer fixed"}, "ticket_state_id": "8498", "company_id": "6762f0c0",
         "open": false, "is_shared": true, "snoozed_until": 1673609604, "admin_id": 991268011, "assignee_id": "0",
         "skip_notifications": true}
        """);

    DeletedObject deleted = wire.client.execute(tickets.delete("631"));
    RecordedRequestAssert.noBody(wire.expect("DELETE", "/tickets/631"));
    assertTrue(deleted.deleted());
    assertEquals("ticket", deleted.object());
  }

  @Test
  void searchSendsTheQueryAndReadsTicketsAndTheNextCursor() throws Exception {
    wire.respondFixture("model/examples/IntercomList-Ticket.json");
    IntercomList<Ticket> page = wire.client.execute(tickets.search(
        SearchRequest.of(SearchQuery.field("open", SearchOperator.EQUALS, true)).withPage(5, null)));
    wire.expect("POST", "/tickets/search",
        "{\"query\": {\"field\": \"open\", \"operator\": \"=\", \"value\": true}, \"pagination\": {\"per_page\": 5}}");
    assertEquals("40", page.data().get(0).ticketId());
    assertEquals(6, page.totalCount());
    assertEquals("WzE3MzQ1Mzc5NzQwMDAsNjMzXQ==", page.nextStartingAfter());
  }

  @Test
  void searchTicketsWalksEveryPageWithTheCursor() throws Exception {
    wire.respond(200, "{\"type\":\"ticket.list\",\"tickets\":[{\"id\":\"7\"}],\"pages\":{\"next\":{\"starting_after\":\"t1\"}}}");
    wire.respond(200, "{\"type\":\"ticket.list\",\"tickets\":[{\"id\":\"8\"}],\"pages\":{}}");

    List<String> ids = new ArrayList<>();
    for (Ticket t : wire.client.searchTickets(SearchQuery.field("open", SearchOperator.EQUALS, true), 1)) ids.add(t.id());
    assertEquals(List.of("7", "8"), ids);
    String query = "\"query\": {\"field\": \"open\", \"operator\": \"=\", \"value\": true}";
    wire.expect("POST", "/tickets/search", "{" + query + ", \"pagination\": {\"per_page\": 1}}");
    wire.expect("POST", "/tickets/search", "{" + query + ", \"pagination\": {\"per_page\": 1, \"starting_after\": \"t1\"}}");
  }

  @Test
  void tagsAreAttachedAndDetachedOnBehalfOfAnAdmin() throws Exception {
    for (String id : List.of("121", "121")) {
      wire.respond(200, "{\"type\":\"tag\",\"id\":\"" + id + "\",\"name\":\"Hardware\",\"applied_at\":1663597223,"
          + "\"applied_by\":{\"type\":\"admin\",\"id\":\"456\"}}");
    }

    Tag attached = wire.client.execute(tickets.attachTag("631", new AdminTagRequest("121", "991267958")));
    Tag detached = wire.client.execute(tickets.detachTag("631", "121", new AdminTagRequest(null, "991267958")));
    wire.expect("POST", "/tickets/631/tags", "{\"id\": \"121\", \"admin_id\": \"991267958\"}");
    wire.expect("DELETE", "/tickets/631/tags/121", "{\"admin_id\": \"991267958\"}");
    assertEquals("456", attached.appliedBy().id());
    assertEquals(Instant.ofEpochSecond(1663597223), detached.appliedAt());
  }

  @Test
  void ticketTypesAndStatesAreListedAndATypeFetchedById() throws Exception {
    wire.respondFixture("model/examples/IntercomList-TicketType.json");
    wire.respondFixture("model/examples/IntercomList-TicketState.json");
    wire.respond(200, "{\"type\":\"ticket_type\",\"id\":\"67\",\"name\":\"Bug Report\",\"archived\":false}");

    IntercomList<TicketType> types = wire.client.execute(tickets.types());
    RecordedRequestAssert.noBody(wire.expect("GET", "/ticket_types"));
    assertEquals("Bug Report", types.data().get(0).name());
    assertEquals(Instant.ofEpochSecond(1734537954), types.data().get(0).updatedAt());
    IntercomList<TicketState> states = wire.client.execute(tickets.states());
    wire.expect("GET", "/ticket_states");
    assertEquals(List.of("Submitted", "With Dev Team"), states.data().stream().map(TicketState::internalLabel).toList());
    assertTrue(states.data().get(1).archived());
    TicketType type = wire.client.execute(tickets.type("67"));
    wire.expect("GET", "/ticket_types/67");
    assertEquals("67", type.id());
  }

  @Test
  void repliesComeFromAnAdminOrAContactAndAnswerThePart() throws Exception {
    String part = WireHarness.fixture("model/examples/TicketPart.json");
    for (int i = 0; i < 2; i++) wire.respond(200, part);

    TicketPart note = wire.client.execute(tickets.reply("631", ReplyRequest.adminNote("991267943", "<p>Toner</p>").build()));
    wire.expect("POST", "/tickets/631/reply",
        "{\"message_type\": \"note\", \"type\": \"admin\", \"admin_id\": \"991267943\", \"body\": \"<p>Toner</p>\"}");
    assertEquals("note", note.partType());
    assertEquals("admin", note.author().type());
    assertEquals(Instant.ofEpochSecond(1734537884), note.createdAt());
    wire.client.execute(tickets.reply("631",
        ReplyRequest.contactComment(ReplyRequest.Contact.intercomUserId("6762f297"), "Thanks again :)").build()));
    wire.expect("POST", "/tickets/631/reply",
        "{\"message_type\": \"comment\", \"type\": \"user\", \"intercom_user_id\": \"6762f297\", \"body\": \"Thanks again :)\"}");
  }
}
