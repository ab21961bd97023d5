package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.FailedOrders;
import dev.pacer.esputnik.model.GroupMembers;
import dev.pacer.esputnik.model.Order;
import dev.pacer.esputnik.model.OrderItem;
import dev.pacer.esputnik.model.OrderStatus;
import dev.pacer.esputnik.model.Orders;
import dev.pacer.esputnik.model.Segment;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class GroupsAndOrdersWireTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();
  private final GroupsApi groups = t.client.groups();

  @Test
  void searchSendsTheNameAndPagingAndReadsSegments() throws Exception {
    t.reply(200, "[{\"id\":200400,\"name\":\"my segment\",\"type\":\"Static\"},{\"id\":200401,\"name\":\"my segment 2\",\"type\":\"Dynamic\"}]");
    List<Segment> found = t.client.execute(groups.search("my segment", 1, 500));
    t.takeEmpty("GET", "/api/v1/groups?name=my%20segment&startindex=1&maxrows=500");
    assertEquals(List.of(new Segment(200400, "my segment", "Static"), new Segment(200401, "my segment 2", "Dynamic")), found);
    t.reply(200, "[]");
    t.client.execute(groups.search(null, null, null));
    t.takeEmpty("GET", "/api/v1/groups");
  }

  @Test
  void contactsSendsTheSegmentPagingAndOrder() throws Exception {
    t.reply(200, "[" + ContactsApiWireTest.CONTACT_JSON + "]");
    List<Contact> contacts = t.client.execute(groups.contacts(201403567, 501, 500, true, false));
    t.takeEmpty("GET", "/api/v1/group/201403567/contacts?startindex=501&maxrows=500&orderByTs=true&asc=false");
    assertEquals(100500L, contacts.get(0).id());
  }

  @Test
  void groupContactsWalksEveryPageFromIndexOne() throws Exception {
    List<String> page = new ArrayList<>(Collections.nCopies(500, "{\"id\":1}"));
    t.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("[" + String.join(",", page) + "]").build());
    t.reply(200, "[{\"id\":2}]");
    int n = 0;
    for (Contact c : t.client.groupContacts(77)) n++;
    assertEquals(501, n);
    t.takeEmpty("GET", "/api/v1/group/77/contacts?startindex=1&maxrows=500");
    t.takeEmpty("GET", "/api/v1/group/77/contacts?startindex=501&maxrows=500");
  }

  @Test
  void attachAndDetachPostTheIdsToTheSegment() throws Exception {
    t.reply(200, "\"OK\"");
    t.client.execute(groups.attach(1234567890, GroupMembers.contacts(100500L, 100501L)));
    t.takeJson("POST", "/api/v1/group/1234567890/contacts/attach", "{\"contactIds\":[100500,100501]}");
    t.reply(200, "\"OK\"");
    t.client.execute(groups.detach(1234567890, GroupMembers.externalCustomers("TV12790")));
    t.takeJson("POST", "/api/v1/group/1234567890/contacts/detach", "{\"externalCustomerIds\":[\"TV12790\"]}");
    t.reply(200, null);
    t.client.execute(groups.detach(5, GroupMembers.none()));
    t.takeJson("POST", "/api/v1/group/5/contacts/detach", "{}");
  }

  @Test
  void groupMembersRefuseMoreThan500IdsOfAKind() {
    List<Long> ids = new ArrayList<>();
    for (long i = 0; i < 501; i++) ids.add(i);
    assertThrows(IllegalArgumentException.class, () -> new GroupMembers(ids, null));
    assertThrows(IllegalArgumentException.class, GroupMembers::contacts);
  }

  @Test
  void ordersPostsTheOrdersAndReadsTheRefusedOnes() throws Exception {
    t.reply(200, "{\"failedOrders\":{\"order\":{\"externalOrderId\":\"BC2\",\"totalCost\":5,\"status\":\"DELIVERED\","
        + "\"date\":\"2022-05-14T10:11:10+03:00\",\"currency\":\"UAH\"},\"error\":\"email is invalid\"}}");
    Order order = Order.builder("BC1", OrderStatus.INITIALIZED, OffsetDateTime.parse("2022-05-14T10:11:10+03:00"), "UAH",
            new BigDecimal("249.99"))
        .email("john.doe@example.com").name("John", "Doe").discount(new BigDecimal("5.5"))
        .additionalInfo("coupon", "SPRING")
        .item(OrderItem.of("2345678", "Smart Watch Series 7", BigDecimal.ONE, new BigDecimal("239.99")))
        .build();
    FailedOrders failed = t.client.execute(t.client.orders().add(Orders.of(order)));
    t.takeJson("POST", "/api/v1/orders", "{\"orders\":[{\"externalOrderId\":\"BC1\",\"totalCost\":249.99,"
        + "\"status\":\"INITIALIZED\",\"date\":\"2022-05-14T10:11:10+03:00\",\"currency\":\"UAH\","
        + "\"email\":\"john.doe@example.com\",\"firstName\":\"John\",\"lastName\":\"Doe\",\"discount\":5.5,"
        + "\"additionalInfo\":{\"coupon\":\"SPRING\"},\"items\":[{\"externalItemId\":\"2345678\","
        + "\"name\":\"Smart Watch Series 7\",\"quantity\":1,\"cost\":239.99}]}]}");
    assertEquals(1, failed.failedOrders().size());
    assertEquals("email is invalid", failed.failedOrders().get(0).error());
    assertEquals(OrderStatus.DELIVERED, failed.failedOrders().get(0).order().status());
  }

  @Test
  void ordersAcceptAnEmptyAnswer() throws Exception {
    t.reply(200, "{}");
    Order order = Order.builder("BC3", OrderStatus.ABANDONED_SHOPPING_CART,
        OffsetDateTime.parse("2022-05-14T10:11:10Z"), "EUR", BigDecimal.TEN).externalCustomerId("TV1").build();
    FailedOrders failed = t.client.execute(t.client.orders().add(Orders.of(order)));
    t.takeJson("POST", "/api/v1/orders", "{\"orders\":[{\"externalOrderId\":\"BC3\",\"externalCustomerId\":\"TV1\","
        + "\"totalCost\":10,\"status\":\"ABANDONED_SHOPPING_CART\",\"date\":\"2022-05-14T10:11:10Z\",\"currency\":\"EUR\"}]}");
    assertNull(failed.failedOrders());
  }

  @Test
  void anOrderNeedsABuyer() {
    Order.Builder b = Order.builder("BC4", OrderStatus.IN_PROGRESS, OffsetDateTime.parse("2022-05-14T10:11:10Z"), "EUR",
        BigDecimal.ONE);
    assertThrows(IllegalStateException.class, b::build);
    assertThrows(IllegalArgumentException.class, () -> Order.builder("BC5", OrderStatus.UNKNOWN,
        OffsetDateTime.parse("2022-05-14T10:11:10Z"), "EUR", BigDecimal.ONE));
  }
}
