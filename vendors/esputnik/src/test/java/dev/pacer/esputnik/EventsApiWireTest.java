package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.esputnik.model.EventParam;
import dev.pacer.esputnik.model.EventTimes;
import dev.pacer.esputnik.model.EventV1;
import dev.pacer.esputnik.model.EventV2;
import dev.pacer.esputnik.model.EventV2Param;
import dev.pacer.esputnik.model.EventsMigrationResults;
import dev.pacer.esputnik.model.PastEventV1;
import dev.pacer.esputnik.model.PastEventV2;
import dev.pacer.esputnik.model.PastEventsV1;
import dev.pacer.esputnik.model.PastEventsV2;
import dev.pacer.esputnik.model.Period;
import dev.pacer.vendor.support.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class EventsApiWireTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();
  private final EventsApi api = t.client.events();

  @Test
  void eventV1PostsTextParams() throws Exception {
    t.reply(200, null);
    assertNull(t.client.execute(api.eventV1(EventV1.of("orderCreated", "ann@example.com",
        EventParam.of("email", "ann@example.com"), EventParam.of("order", "{\"id\":7}")))));
    t.takeJson("POST", "/api/v1/event", "{\"eventTypeKey\":\"orderCreated\",\"keyValue\":\"ann@example.com\","
        + "\"params\":[{\"name\":\"email\",\"value\":\"ann@example.com\"},{\"name\":\"order\",\"value\":\"{\\\"id\\\":7}\"}]}");
  }

  @Test
  void eventV2PostsNestedJsonParamsWithoutEscaping() throws Exception {
    t.reply(200, null);
    EventV2 event = EventV2.of("AbandonedCart", EventV2Param.of("externalCustomerId", "crm-1"),
        EventV2Param.of("products", List.of(Map.of("productKey", "sku-1", "price", 9.5, "quantity", 2))));
    t.client.execute(api.eventV2(event));
    t.takeJson("POST", "/api/v2/event", "{\"eventTypeKey\":\"AbandonedCart\",\"params\":["
        + "{\"name\":\"externalCustomerId\",\"value\":\"crm-1\"},"
        + "{\"name\":\"products\",\"value\":[{\"productKey\":\"sku-1\",\"price\":9.5,\"quantity\":2}]}]}");
  }

  @Test
  void asyncEventsCompleteAndFailWithTheTypedError() throws Exception {
    t.reply(200, null);
    assertNull(api.eventV2Async(EventV2.of("PageViewed", EventV2Param.of("email", "a@b.c"))).get(10, TimeUnit.SECONDS));
    t.takeJson("POST", "/api/v2/event", "{\"eventTypeKey\":\"PageViewed\",\"params\":[{\"name\":\"email\",\"value\":\"a@b.c\"}]}");

    t.server.enqueue(new mockwebserver3.MockResponse.Builder().code(400).body("Event type key is too long").build());
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> api.eventV1Async(EventV1.of("x".repeat(101), "a@b.c")).get(10, TimeUnit.SECONDS));
    ApiException api400 = assertInstanceOf(ApiException.class, e.getCause());
    assertEquals("POST /api/v1/event: HTTP 400 Event type key is too long", api400.getMessage());
    assertEquals(new EsputnikError(400, "Event type key is too long"), api400.error());
    t.take("POST", "/api/v1/event");
  }

  @Test
  void pastEventsV1PostsTheBatchAndReadsPerEventResults() throws Exception {
    t.reply(200, "{\"results\":[{\"status\":\"ACCEPTED\"},{\"status\":\"OCCURRED_TIME_IN_FUTURE\"}],"
        + "\"successCount\":1,\"errorCount\":1}");
    PastEventsV1 batch = new PastEventsV1(List.of(
        new PastEventV1("purchase", "ann@example.com", List.of(EventParam.of("sum", "10")),
            EventTimes.date(LocalDate.of(2024, 1, 15))),
        new PastEventV1("purchase", "bo@example.com", null, EventTimes.minutes(LocalDateTime.of(2030, 1, 1, 9, 5, 59)))));
    EventsMigrationResults r = t.client.execute(api.pastEventsV1(batch));
    t.takeJson("POST", "/api/v1/past_events", "{\"events\":["
        + "{\"eventTypeKey\":\"purchase\",\"keyValue\":\"ann@example.com\",\"params\":[{\"name\":\"sum\",\"value\":\"10\"}],"
        + "\"occurred\":\"2024-01-15\"},"
        + "{\"eventTypeKey\":\"purchase\",\"keyValue\":\"bo@example.com\",\"occurred\":\"2030-01-01T09:05\"}]}");
    assertEquals(1, r.successCount());
    assertTrue(r.results().get(0).accepted());
    assertEquals("OCCURRED_TIME_IN_FUTURE", r.results().get(1).status());
  }

  @Test
  void pastEventsV2PostsJsonValues() throws Exception {
    t.reply(200, "{\"results\":{\"status\":\"ACCEPTED\"},\"successCount\":1,\"errorCount\":0}");
    PastEventsV2 batch = new PastEventsV2(List.of(new PastEventV2("viewed", "crm-1",
        List.of(EventV2Param.of("item", Map.of("id", 5))), "2024-02-01T10:00")));
    EventsMigrationResults r = t.client.execute(api.pastEventsV2(batch));
    t.takeJson("POST", "/api/v2/past_events", "{\"events\":[{\"eventTypeKey\":\"viewed\",\"keyValue\":\"crm-1\","
        + "\"params\":[{\"name\":\"item\",\"value\":{\"id\":5}}],\"occurred\":\"2024-02-01T10:00\"}]}");
    assertEquals(1, r.results().size(), "a single result object reads as a one-element list");
  }

  @Test
  void deletePastEventsIsADeleteWithAJsonBody() throws Exception {
    t.reply(200, null);
    t.client.execute(api.deletePastEvents(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))));
    t.takeJson("DELETE", "/api/v1/past_events", "{\"from\":\"2024-01-01\",\"to\":\"2024-01-31\"}");
  }

  @Test
  void batchesAndPeriodsAreCheckedBeforeSending() {
    List<PastEventV1> tooMany = Collections.nCopies(501, new PastEventV1("e", "k", null, "2024-01-01"));
    assertThrows(IllegalArgumentException.class, () -> new PastEventsV1(tooMany));
    assertThrows(IllegalArgumentException.class, () -> Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    assertThrows(NullPointerException.class, () -> EventV2.of(null));
  }
}
