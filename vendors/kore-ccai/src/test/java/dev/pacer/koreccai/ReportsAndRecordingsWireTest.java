package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.koreccai.model.AgentStatusDetail;
import dev.pacer.koreccai.model.AgentStatusFilter;
import dev.pacer.koreccai.model.AgentStatusQuery;
import dev.pacer.koreccai.model.AgentStatusSummary;
import dev.pacer.koreccai.model.ContactVolume;
import dev.pacer.koreccai.model.ContactVolumeQuery;
import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.DateFilter;
import dev.pacer.koreccai.model.IntentSession;
import dev.pacer.koreccai.model.OffsetPage;
import dev.pacer.koreccai.model.QueueSizeFilter;
import dev.pacer.koreccai.model.QueueStats;
import dev.pacer.koreccai.model.Recordings;
import dev.pacer.koreccai.model.Voicemail;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The reporting (analytics, WFM) and Voice Gateway calls, as they go over the wire. */
final class ReportsAndRecordingsWireTest {
  private static final String ANALYTICS = "/agentassist/api/public/analytics";
  private static final String BOT = "/api/public/bot/" + STREAM;

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  private static String example(String name) {
    return TestFiles.read(ReportsAndRecordingsWireTest.class, "model/examples/" + name + ".json");
  }

  @Test
  void intentRealTimePostsWithoutABodyAndReadsTheSessions() throws Exception {
    t.reply(200, "[" + example("IntentSession") + "]");
    List<IntentSession> sessions = t.client.execute(t.client.analytics().intentRealTime(STREAM));
    RecordedRequest r = t.take("POST", BOT + "/intentrealtimedata");
    assertEquals(0, r.getBodySize());
    assertEquals("st-bb0e8899", sessions.get(0).ani());
    assertEquals(List.of("Book a Ticket", "Book a Flight"), sessions.get(0).intent());
  }

  @Test
  void agentStatusSummaryPostsFilterAndGranularityWithTheAppHeader() throws Exception {
    t.reply(200, example("OffsetPage-AgentStatusSummary"));
    OffsetPage<AgentStatusSummary> page = t.client.execute(t.client.analytics().agentStatusSummary(ACCOUNT, STREAM,
        0, 50, new AgentStatusQuery(new AgentStatusFilter(List.of("john.doe@example.com"),
            DateFilter.between("2022-08-25", "2022-08-26", -330)), "PT30M")));
    RecordedRequest r = t.takeJson("POST", ANALYTICS + "/1.1/account/" + ACCOUNT + "/userstatus?offset=0&limit=50",
        "{\"filter\":{\"agents\":[\"john.doe@example.com\"],\"dateFilter\":{\"startDate\":\"2022-08-25\","
            + "\"endDate\":\"2022-08-26\",\"timeZoneOffSet\":-330}},\"granularity\":\"PT30M\"}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertTrue(page.hasMore());
    assertEquals("919 sec", page.data().get(0).timeInterval().get(0).status().get(0).stats().get("sum").asText());
  }

  @Test
  void agentStatusDetailsPostsTheDayAndReadsStatusPeriodsAndEvents() throws Exception {
    t.reply(200, example("OffsetPage-AgentStatusDetail"));
    OffsetPage<AgentStatusDetail> page = t.client.execute(t.client.analytics().agentStatusDetails(ACCOUNT, STREAM,
        null, 50, new AgentStatusQuery(new AgentStatusFilter(null, DateFilter.on("2023-04-13", -330)), null)));
    RecordedRequest r = t.takeJson("POST", ANALYTICS + "/account/" + ACCOUNT + "/v3/agentstatusdetails?limit=50",
        "{\"filter\":{\"dateFilter\":{\"date\":\"2023-04-13\",\"timeZoneOffSet\":-330}}}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    AgentStatusDetail d = page.data().get(0);
    assertEquals("01:07:48", d.status().get(0).duration());
    assertEquals(Instant.parse("2026-09-18T09:00:51.886Z"), d.events().get(0).at());
  }

  @Test
  void getAndDetailsReadOneConversation() throws Exception {
    String base = "/agentassist/api/v1/public/" + STREAM + "/conversations/";
    t.reply(200, example("Conversation"));
    Conversation c = t.client.execute(t.client.conversations().get(STREAM, "c-3c04346"));
    t.takeEmpty("GET", base + "c-3c04346");
    assertEquals("6470f3a0", c.id());

    t.reply(200, "{\"_id\":\"c-ab4eb09\",\"status\":\"CLOSED\",\"conversationType\":\"livechat\","
        + "\"participants\":[{\"queueId\":\"qu-a820\",\"agentId\":\"u-4149\",\"status\":\"INACTIVE\"}]}");
    Conversation d = t.client.execute(t.client.conversations().details(STREAM, "68a95e70fe5b8e806f8eaaaa"));
    t.takeEmpty("GET", base + "sessions/68a95e70fe5b8e806f8eaaaa");
    assertEquals("CLOSED", d.status());
    assertEquals("u-4149", d.participants().get(0).agentId());
  }

  @Test
  void queueSizePostsLanguagesAndChannelsForTheQueue() throws Exception {
    t.reply(200, "[" + example("QueueStats") + "]");
    List<QueueStats> stats = t.client.execute(t.client.analytics().queueSize(STREAM, "qu-aa16c29",
        new QueueSizeFilter(List.of("en"), List.of("rtm", "msteams"))));
    t.takeJson("POST", "/agentassist/api/v1/public/" + STREAM + "/monitor/queueStatsById/qu-aa16c29",
        "{\"languages\":[\"en\"],\"channels\":[\"rtm\",\"msteams\"]}");
    assertEquals(8L, stats.get(0).queueSummary().asa());
    assertEquals(1, stats.get(0).agentStatus().available());
  }

  @Test
  void contactVolumePostsTheWindowWithTheAppHeader() throws Exception {
    t.reply(200, example("ContactVolume"));
    ContactVolume v = t.client.execute(t.client.wfm().contactVolume(ACCOUNT, STREAM,
        new ContactVolumeQuery("o-01aedac2", null, "2023-01-08T10:00:00Z", 0, 2, null)));
    RecordedRequest r = t.takeJson("POST", ANALYTICS + "/account/" + ACCOUNT + "/callvolume",
        "{\"orgId\":\"o-01aedac2\",\"toTimeStamp\":\"2023-01-08T10:00:00Z\",\"skip\":0,\"limit\":2}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertFalse(v.hasMore());
    assertEquals(10, v.intervals().get(0).offeredContacts());
    assertEquals("Italian Market", v.intervals().get(0).skillBreakdown().get(0).skillName());
  }

  @Test
  void recordingsAreFetchedBySessionInV2AndByUserInV1() throws Exception {
    t.reply(200, example("Recordings"));
    Recordings rec = t.client.execute(t.client.voiceGateway().recordings(STREAM, "6627b9ad", null));
    t.takeEmpty("GET", BOT + "/v2/recordings?sessionId=6627b9ad");
    assertTrue(rec.isReady());
    assertEquals("22d8ca62-merged.wav", rec.recording().get(0).fileName());

    t.reply(200, "{\"status\":\"call_in_progress\"}");
    assertFalse(t.client.execute(t.client.voiceGateway().recordings(STREAM, "6627b9ad", "u-1")).isReady());
    t.takeEmpty("GET", BOT + "/v2/recordings?sessionId=6627b9ad&userId=u-1");

    t.reply(200, example("InlineRecordings"));
    assertEquals(List.of("data:audio/wav;base64,UklGRg=="),
        t.client.execute(t.client.voiceGateway().recordingsV1(STREAM, "u-1", null)).recording());
    t.takeEmpty("GET", BOT + "/recordings?userId=u-1");
  }

  @Test
  void deleteRecordingsAndVoicemailAddressTheSession() throws Exception {
    t.reply(200, example("RecordingDeletion"));
    assertEquals("Call recordings deleted successfully",
        t.client.execute(t.client.voiceGateway().deleteRecordings(STREAM, "6627b9ad")).message());
    t.takeEmpty("DELETE", BOT + "/v2/recordings?sessionId=6627b9ad");

    t.reply(200, example("Voicemail"));
    Voicemail vm = t.client.execute(t.client.voiceGateway().voicemail(STREAM, "67aa3802", true));
    t.takeEmpty("GET", BOT + "/voicemail?sessionId=67aa3802&transcription=true");
    assertEquals("voicemail_67aa.wav", vm.recordings().get(0).fileName());
    assertEquals("en", vm.transcriptions().get(0).get("lang").asText());

    t.reply(200, "{\"status\":\"success\",\"voicemail_recording\":[{\"fileName\":\"v.wav\"}]}");
    assertEquals("v.wav", t.client.execute(t.client.voiceGateway().voicemail(STREAM, "s", false))
        .recordings().get(0).fileName());
    t.takeEmpty("GET", BOT + "/voicemail?sessionId=s&transcription=false");
  }
}
