package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.Conversation;
import dev.pacer.intercom.model.SearchOperator;
import dev.pacer.intercom.model.SearchQuery;
import dev.pacer.vendor.support.ApiException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class PaginationTest {
  @AutoClose private final WireHarness wire = WireHarness.start();

  private static String contactPage(String next, String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      if (data.length() > 0) data.append(',');
      data.append("{\"type\":\"contact\",\"id\":\"").append(id).append("\"}");
    }
    String nextJson = next == null ? "" : ",\"next\":{\"per_page\":2,\"starting_after\":\"" + next + "\"}";
    return "{\"type\":\"list\",\"data\":[" + data + "],\"total_count\":5,"
        + "\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":2,\"total_pages\":3" + nextJson + "}}";
  }

  private static List<String> ids(Iterable<Contact> contacts) {
    List<String> out = new ArrayList<>();
    for (Contact c : contacts) out.add(c.id());
    return out;
  }

  @Test
  void allContactsFollowsTheCursorUntilTheLastPage() throws Exception {
    wire.respond(200, contactPage("c2", "a", "b"));
    wire.respond(200, contactPage("c4", "c", "d"));
    wire.respond(200, contactPage(null, "e"));

    assertEquals(List.of("a", "b", "c", "d", "e"), ids(wire.client.allContacts(2)));
    wire.expect("GET", "/contacts?per_page=2");
    wire.expect("GET", "/contacts?per_page=2&starting_after=c2");
    wire.expect("GET", "/contacts?per_page=2&starting_after=c4");
    assertEquals(3, wire.server.getRequestCount());
  }

  @Test
  void pagesAreFetchedOnlyWhenIterationReachesThem() throws Exception {
    wire.respond(200, contactPage("c2", "a", "b"));
    wire.respond(200, contactPage(null, "c"));

    Iterable<Contact> all = wire.client.allContacts(2);
    assertEquals(0, wire.server.getRequestCount());
    Iterator<Contact> it = all.iterator();
    assertEquals("a", it.next().id());
    assertEquals("b", it.next().id());
    assertEquals(1, wire.server.getRequestCount());
    assertEquals("c", it.next().id());
    assertEquals(2, wire.server.getRequestCount());
  }

  @Test
  void aRepeatedCursorEndsIterationInsteadOfLooping() throws Exception {
    wire.respond(200, contactPage("same", "a"));
    wire.respond(200, contactPage("same", "b"));
    wire.respond(200, contactPage("same", "never"));

    assertEquals(List.of("a", "b"), ids(wire.client.allContacts(2)));
    assertEquals(2, wire.server.getRequestCount());
  }

  @Test
  void aFailedPageEndsIterationWithTheTypedError() throws Exception {
    wire.respond(200, contactPage("c2", "a"));
    wire.respond(401, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}");

    Iterator<Contact> it = wire.client.allContacts(2).iterator();
    assertEquals("a", it.next().id());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
    ApiException api = assertInstanceOf(ApiException.class, e.getCause());
    assertEquals("unauthorized", api.error(IntercomError.class).code());
  }

  @Test
  void allConversationsReadsTheConversationsField() throws Exception {
    wire.respond(200, "{\"type\":\"conversation.list\",\"conversations\":[{\"type\":\"conversation\",\"id\":\"1\"}],"
        + "\"pages\":{\"type\":\"pages\",\"next\":{\"per_page\":150,\"starting_after\":\"k1\"}}}");
    wire.respond(200, "{\"type\":\"conversation.list\",\"conversations\":[{\"type\":\"conversation\",\"id\":\"2\"}],"
        + "\"pages\":{\"type\":\"pages\",\"next\":null}}");

    List<String> ids = new ArrayList<>();
    for (Conversation c : wire.client.allConversations(150)) ids.add(c.id());

    assertEquals(List.of("1", "2"), ids);
    wire.expect("GET", "/conversations?per_page=150");
    wire.expect("GET", "/conversations?per_page=150&starting_after=k1");
  }

  @Test
  void searchesPageThroughTheBody() throws Exception {
    wire.respond(200, contactPage("c1", "a"));
    wire.respond(200, contactPage(null, "b"));

    assertEquals(List.of("a", "b"),
        ids(wire.client.searchContacts(SearchQuery.field("role", SearchOperator.EQUALS, "lead"), 1)));
    String query = "\"query\": {\"field\": \"role\", \"operator\": \"=\", \"value\": \"lead\"}";
    wire.expect("POST", "/contacts/search", "{" + query + ", \"pagination\": {\"per_page\": 1}}");
    wire.expect("POST", "/contacts/search", "{" + query + ", \"pagination\": {\"per_page\": 1, \"starting_after\": \"c1\"}}");
  }

  @Test
  void conversationSearchesPageToo() throws Exception {
    wire.respond(200, "{\"type\":\"conversation.list\",\"conversations\":[{\"id\":\"9\"}],\"pages\":{\"next\":{\"starting_after\":\"z\"}}}");
    wire.respond(200, "{\"type\":\"conversation.list\",\"conversations\":[],\"pages\":{}}");

    List<String> ids = new ArrayList<>();
    for (Conversation c : wire.client.searchConversations(SearchQuery.field("open", SearchOperator.EQUALS, true), 50)) {
      ids.add(c.id());
    }
    assertEquals(List.of("9"), ids);
    wire.expect("POST", "/conversations/search",
        "{\"query\": {\"field\": \"open\", \"operator\": \"=\", \"value\": true}, \"pagination\": {\"per_page\": 50}}");
    wire.expect("POST", "/conversations/search",
        "{\"query\": {\"field\": \"open\", \"operator\": \"=\", \"value\": true}, \"pagination\": {\"per_page\": 50, \"starting_after\": \"z\"}}");
  }

  @Test
  void pageSizesOutsideOneTo150AreRefused() {
    assertThrows(IllegalArgumentException.class, () -> wire.client.allContacts(0));
    assertThrows(IllegalArgumentException.class, () -> wire.client.allConversations(151));
  }
}
