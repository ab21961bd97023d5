package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.ContactMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class EsputnikPagingTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();

  private static String contacts(int fromId, int count) {
    return IntStream.range(fromId, fromId + count)
        .mapToObj(i -> "{\"id\":" + i + ",\"channels\":[{\"type\":\"email\",\"value\":\"c" + i + "@example.com\"}]}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private void page(String json, String totalCount) {
    MockResponse.Builder b = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(json);
    if (totalCount != null) b.addHeader("TotalCount", totalCount);
    t.server.enqueue(b.build());
  }

  @Test
  void searchAllContactsWalksStartIndexFromOneUntilTotalCount() throws Exception {
    page(contacts(1, 500), "1000");
    page(contacts(501, 500), "1000");
    List<Long> ids = new ArrayList<>();
    for (Contact c : t.client.searchAllContacts(ContactSearch.all().sortedByContactId())) ids.add(c.id());
    assertEquals(1000, ids.size());
    assertEquals(1000L, ids.get(999));
    t.takeEmpty("GET", "/api/v1/contacts?startindex=1&maxrows=500&sortBy=contactId");
    t.takeEmpty("GET", "/api/v1/contacts?startindex=501&maxrows=500&sortBy=contactId");
    assertEquals(2, t.server.getRequestCount(), "a full last page at TotalCount needs no extra request");
  }

  @Test
  void searchAllContactsStopsAtAShortPageWithoutTotalCount() throws Exception {
    page(contacts(1, 500), null);
    page(contacts(501, 3), null);
    int n = 0;
    for (Contact ignored : t.client.searchAllContacts(ContactSearch.byName("Ann", null))) n++;
    assertEquals(503, n);
    t.takeEmpty("GET", "/api/v1/contacts?firstname=Ann&startindex=1&maxrows=500");
    t.takeEmpty("GET", "/api/v1/contacts?firstname=Ann&startindex=501&maxrows=500");
  }

  @Test
  void pagesAreFetchedOnlyAsIterationReachesThem() throws Exception {
    page(contacts(1, 500), "5000");
    Iterator<Contact> it = t.client.searchAllContacts(ContactSearch.all()).iterator();
    assertEquals(0, t.server.getRequestCount());
    for (int i = 0; i < 500; i++) it.next();
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void messageHistoryWalksOffsetsFromZero() throws Exception {
    String hundred = IntStream.range(0, 100).mapToObj(i -> "{\"contactId\":1,\"messageId\":" + i + ",\"channelType\":\"email\"}")
        .collect(Collectors.joining(",", "[", "]"));
    page(hundred, null);
    page("[{\"contactId\":1,\"messageId\":100,\"channelType\":\"sms\"}]", null);
    MessageHistoryQuery q = MessageHistoryQuery.forExternalCustomerId("crm-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
    List<Long> ids = new ArrayList<>();
    for (ContactMessage m : t.client.messageHistory(q)) ids.add(m.messageId());
    assertEquals(101, ids.size());
    t.takeEmpty("GET", "/api/v2/contacts/messages?dateFrom=2025-01-01&dateTo=2025-06-30&externalCustomerId=crm-1&offset=0&maxrows=100");
    t.takeEmpty("GET", "/api/v2/contacts/messages?dateFrom=2025-01-01&dateTo=2025-06-30&externalCustomerId=crm-1&offset=100&maxrows=100");
  }
}
