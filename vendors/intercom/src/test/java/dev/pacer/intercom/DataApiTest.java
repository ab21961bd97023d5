package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.CreateDataAttributeRequest;
import dev.pacer.intercom.model.DataAttribute;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.DataEvent;
import dev.pacer.intercom.model.DataEventSummary;
import dev.pacer.intercom.model.EventSummariesRequest;
import dev.pacer.intercom.model.UpdateDataAttributeRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Data events and data attributes. */
final class DataApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();

  @Test
  void submitSendsTheEventAndAccepts202WithNoBody() throws Exception {
    wire.respondEmpty(202);
    Void none = wire.client.execute(wire.client.dataEvents().submit(
        DataEvent.builder("ordered-item", Instant.ofEpochSecond(1671028894))
            .userId("314159")
            .metadata("order_number", "ORD-3")
            .metadata("price", Map.of("amount", 34999, "currency", "eur"))
            .build()));
    wire.expect("POST", "/events", """
        {"event_name": "ordered-item", "created_at": 1671028894, "user_id": "314159",
         "metadata": {"order_number": "ORD-3", "price": {"amount": 34999, "currency": "eur"}}}
        """);
    assertNull(none);
  }

  @Test
  void anEventMustNameAContact() {
    DataEvent.Builder b = DataEvent.builder("ordered-item", Instant.ofEpochSecond(1));
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void listingNamesTheContactInOneOfThreeWays() throws Exception {
    String events = """
        {"type": "event.list", "events": [
          {"type": "event", "event_name": "ordered-item", "created_at": 1717100000, "user_id": "314159",
           "intercom_user_id": "65a1", "email": "grace@example.org", "metadata": {"order_number": "ORD-3"}}],
         "pages": {"next": "https://api.intercom.io/events?type=user&user_id=314159&before=1717100000"}}
        """;
    for (int i = 0; i < 3; i++) wire.respond(200, events);

    IntercomList<DataEvent> list = wire.client.execute(wire.client.dataEvents().listByUserId("314159", 10));
    wire.expect("GET", "/events?type=user&user_id=314159&per_page=10");
    wire.client.execute(wire.client.dataEvents().listByIntercomUserId("65a1", null));
    wire.expect("GET", "/events?type=user&intercom_user_id=65a1");
    wire.client.execute(wire.client.dataEvents().listByEmail("grace+x@example.org", null));
    wire.expect("GET", "/events?type=user&email=grace%2Bx%40example.org");

    DataEvent e = list.data().get(0);
    assertEquals("ordered-item", e.eventName());
    assertEquals(Instant.ofEpochSecond(1717100000), e.createdAt());
    assertEquals("65a1", e.intercomUserId());
    assertEquals(Map.of("order_number", "ORD-3"), e.metadata());
  }

  @Test
  void summariesAskForSummaryAndReadCounts() throws Exception {
    String summary = """
        {"type": "event.summary", "email": "grace@example.org", "intercom_user_id": "65a1", "user_id": "314159",
         "events": [{"name": "ordered-item", "first": "2024-05-01T10:00:00.000Z", "last": "2024-06-01T10:00:00.000Z",
                     "count": 7, "description": null}]}
        """;
    for (int i = 0; i < 3; i++) wire.respond(200, summary);

    DataEventSummary s = wire.client.execute(wire.client.dataEvents().summaryByUserId("314159"));
    wire.expect("GET", "/events?type=user&summary=true&user_id=314159");
    wire.client.execute(wire.client.dataEvents().summaryByIntercomUserId("65a1"));
    wire.expect("GET", "/events?type=user&summary=true&intercom_user_id=65a1");
    wire.client.execute(wire.client.dataEvents().summaryByEmail("grace@example.org"));
    wire.expect("GET", "/events?type=user&summary=true&email=grace%40example.org");

    assertEquals("event.summary", s.type());
    assertEquals(7L, s.events().get(0).count());
    assertEquals("2024-06-01T10:00:00.000Z", s.events().get(0).last());
  }

  @Test
  void attributesAreListedForAModel() throws Exception {
    wire.respond(200, """
        {"type": "list", "data": [
          {"type": "data_attribute", "name": "name", "full_name": "name", "label": "Company name",
           "description": "The name of a company", "data_type": "string", "api_writable": true, "ui_writable": false,
           "messenger_writable": true, "custom": false, "archived": false, "model": "company"},
          {"type": "data_attribute", "id": 37, "name": "tier", "full_name": "custom_attributes.tier", "label": "tier",
           "data_type": "string", "options": ["gold", "silver"], "api_writable": true, "ui_writable": true,
           "messenger_writable": false, "custom": true, "archived": false, "admin_id": "814532",
           "created_at": 1717000000, "updated_at": 1717000100, "model": "company"}]}
        """);
    IntercomList<DataAttribute> list = wire.client.execute(wire.client.dataAttributes().list("company", true));
    wire.expect("GET", "/data_attributes?model=company&include_archived=true");

    DataAttribute standard = list.data().get(0);
    assertNull(standard.id());
    assertEquals("Company name", standard.label());
    DataAttribute custom = list.data().get(1);
    assertEquals(37L, custom.id());
    assertTrue(custom.custom());
    assertEquals(List.of("gold", "silver"), custom.options());
    assertEquals(Instant.ofEpochSecond(1717000100), custom.updatedAt());
  }

  @Test
  void attributesAreCreatedAndUpdated() throws Exception {
    String attribute = "{\"id\": 44, \"type\": \"data_attribute\", \"name\": \"seats\", \"full_name\": \"custom_attributes.seats\","
        + " \"data_type\": \"options\", \"options\": [\"1-10\", \"11-50\"], \"custom\": true, \"archived\": false, \"model\": \"company\"}";
    wire.respond(200, attribute);
    wire.respond(200, attribute);

    DataAttribute created = wire.client.execute(wire.client.dataAttributes().create(
        CreateDataAttributeRequest.builder("seats", "company", "options")
            .description("Seat band").option("1-10").option("11-50").messengerWritable(false).build()));
    wire.expect("POST", "/data_attributes", """
        {"name": "seats", "model": "company", "data_type": "options", "description": "Seat band",
         "options": [{"value": "1-10"}, {"value": "11-50"}], "messenger_writable": false}
        """);
    wire.client.execute(wire.client.dataAttributes().update(44,
        UpdateDataAttributeRequest.builder().archived(false).option("1-10").option("11-20").build()));
    wire.expect("PUT", "/data_attributes/44", "{\"archived\": false, \"options\": [{\"value\": \"1-10\"}, {\"value\": \"11-20\"}]}");

    assertEquals(44L, created.id());
  }

  @Test
  void aListAttributeNeedsTwoOptions() {
    CreateDataAttributeRequest.Builder b = CreateDataAttributeRequest.builder("seats", "company", "options").option("1-10");
    assertThrows(IllegalStateException.class, b::build);
  }

  @Test
  void eventSummariesAreSentAsOneObjectAndAnsweredWithNoBody() throws Exception {
    wire.respondEmpty(200);
    Void none = wire.client.execute(wire.client.dataEvents().submitSummaries(new EventSummariesRequest("314159",
        new EventSummariesRequest.Summary("invited-friend", 3, Instant.ofEpochSecond(1671028894), Instant.ofEpochSecond(1671029894)))));
    wire.expect("POST", "/events/summaries", """
        {"user_id": "314159",
         "event_summaries": {"event_name": "invited-friend", "count": 3, "first": 1671028894, "last": 1671029894}}
        """);
    assertNull(none);
  }
}
