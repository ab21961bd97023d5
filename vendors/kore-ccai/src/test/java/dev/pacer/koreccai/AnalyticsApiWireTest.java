package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import dev.pacer.koreccai.model.InteractionPage;
import dev.pacer.koreccai.model.InteractionQuery;
import dev.pacer.koreccai.model.InteractionRecord;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class AnalyticsApiWireTest {
  private static final String BASE = "/agentassist/api/public/analytics/account/" + ACCOUNT + "/v2/";
  static final String RECORD_BOT = TestFiles.read(AnalyticsApiWireTest.class, "fixtures/record-bot.json");
  static final String RECORD_VOICE = TestFiles.read(AnalyticsApiWireTest.class, "fixtures/record-voice.json");

  private static final InteractionQuery QUERY = InteractionQuery.builder("2026-02-16", "2026-02-22", -330)
      .direction("Outbound").selectedFields("skills", "customerinfo", "campaigninfo").build();
  private static final String QUERY_JSON = "{\"startDate\":\"2026-02-16\",\"endDate\":\"2026-02-22\","
      + "\"timeZoneOffset\":-330,\"selectedFields\":[\"skills\",\"customerinfo\",\"campaigninfo\"],"
      + "\"direction\":\"Outbound\"}";

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void interactionDetailsPostsTheQueryWithOffsetLimitAndIid() throws Exception {
    t.reply(200, "{\"numResults\":2,\"data\":[" + RECORD_BOT + "," + RECORD_VOICE + "]}");
    InteractionPage page = t.client.execute(t.client.analytics().interactionDetails(ACCOUNT, STREAM, 0, 100, QUERY));
    RecordedRequest r = t.takeJson("POST", BASE + "interactionDetails?offset=0&limit=100", QUERY_JSON);
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals(2, page.numResults());
    InteractionRecord bot = page.data().get(0);
    assertNull(bot.conversationId());
    assertEquals("BotResolved", bot.finalStatus());
    assertEquals(LocalDateTime.parse("2025-09-30T11:40:31"), bot.sessionStartTime());
    InteractionRecord voice = page.data().get(1);
    assertEquals("Outbound", voice.direction());
    assertEquals(List.of("Resolved"), voice.dispositions());
    assertEquals("audioCodesCallDisconnect", voice.sessionleveltags().get(0).name());
    assertEquals("no-answer", voice.campaigninfo().get("contactStatus").asText());
    assertEquals("John", voice.customerinfo().get("CustomerFirstName").asText());
    assertEquals("QueueEntry", voice.destinations().get(0).get("destinationType").asText());
  }

  @Test
  void interactionDetailsAsyncCompletesWithThePage() throws Exception {
    t.reply(200, "{\"numResults\":0,\"data\":[]}");
    InteractionPage page = t.client.analytics().interactionDetailsAsync(ACCOUNT, STREAM, 3, 50, QUERY)
        .get(10, TimeUnit.SECONDS);
    t.takeJson("POST", BASE + "interactionDetails?offset=3&limit=50", QUERY_JSON);
    assertEquals(List.of(), page.data());
  }

  @Test
  void callDetailsPostsToItsOwnPath() throws Exception {
    t.reply(200, "{\"numResults\":1,\"data\":[" + RECORD_VOICE + "]}");
    InteractionQuery q = InteractionQuery.builder("2026-07-07 00:00:00", "2026-07-07 23:59:59", 300)
        .selectedFields("snoozeinfo").channels("voice").queues("qu-1").build();
    t.client.execute(t.client.analytics().callDetails(ACCOUNT, STREAM, null, null, q));
    RecordedRequest r = t.takeJson("POST", BASE + "callDetails", "{\"startDate\":\"2026-07-07 00:00:00\","
        + "\"endDate\":\"2026-07-07 23:59:59\",\"timeZoneOffset\":300,\"selectedFields\":[\"snoozeinfo\"],"
        + "\"channels\":[\"voice\"],\"queues\":[\"qu-1\"]}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
  }
}
