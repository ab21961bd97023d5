package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignQuery;
import dev.pacer.koreccai.model.CampaignType;
import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.InteractionQuery;
import dev.pacer.koreccai.model.InteractionRecord;
import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.SkillGroup;
import dev.pacer.vendor.support.ApiException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class KoreCcaiPagingTest {
  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  private static String group(int n) {
    return "{\"id\":\"sg-" + n + "\",\"name\":\"Group " + n + "\"}";
  }

  private static <T> List<T> drain(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  @Test
  void pagesAreFetchedOnlyWhenIterationReachesThem() throws Exception {
    t.reply(200, "{\"results\":[" + group(1) + "," + group(2) + "],\"page\":1,\"limit\":2,\"hasMore\":true,\"totalPages\":2}");
    t.reply(200, "{\"results\":[" + group(3) + "],\"page\":2,\"limit\":2,\"hasMore\":false,\"totalPages\":2}");
    Iterable<SkillGroup> all = t.client.allSkillGroups(STREAM, 2);
    assertEquals(0, t.server.getRequestCount(), "nothing fetched before iteration");
    Iterator<SkillGroup> it = all.iterator();
    assertEquals("sg-1", it.next().id());
    assertEquals("sg-2", it.next().id());
    assertEquals(1, t.server.getRequestCount(), "second page not fetched yet");
    assertEquals("sg-3", it.next().id());
    assertEquals(false, it.hasNext());
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/skill-groups?page=1&limit=2");
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/skill-groups?page=2&limit=2");
    assertEquals(2, t.server.getRequestCount());
  }

  @Test
  void totalPagesWinsOverAContradictoryHasMore() {
    // Kore's own sample answers hasMore: true with totalPages: 1.
    t.reply(200, "{\"results\":[" + group(1) + "],\"page\":1,\"limit\":10,\"hasMore\":true,\"totalPages\":1,\"totalResults\":1}");
    assertEquals(1, drain(t.client.allSkillGroups(STREAM, 10)).size());
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void anEmptyPageEndsIterationWhateverHasMoreSays() {
    t.reply(200, "{\"results\":[" + group(1) + "],\"hasMore\":true}");
    t.reply(200, "{\"results\":[],\"hasMore\":true}");
    assertEquals(1, drain(t.client.allSkillGroups(STREAM, 1)).size());
    assertEquals(2, t.server.getRequestCount());
  }

  @Test
  void withoutHasMoreOrTotalPagesOnePageIsAll() {
    t.reply(200, "{\"results\":[" + AgentsApiWireTest.AGENT_JSON + "]}");
    assertEquals(1, drain(t.client.allAgents(STREAM, "o-1")).size());
    assertEquals(1, t.server.getRequestCount());
  }

  @Test
  void queuesWalkEveryPage() throws Exception {
    String q = AgentGroupsAndQueuesWireTest.QUEUE_JSON;
    t.reply(200, "{\"results\":[" + q + "],\"page\":1,\"hasMore\":true}");
    t.reply(200, "{\"results\":[" + q + "],\"page\":2,\"hasMore\":false}");
    List<Queue> all = drain(t.client.allQueues(STREAM, 1));
    assertEquals(2, all.size());
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/queues?page=1&limit=1");
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/queues?page=2&limit=1");
  }

  @Test
  void conversationsAdvanceSkipUntilAShortPage() throws Exception {
    String c = ContactsAndConversationsWireTest.CONVERSATION_JSON;
    t.reply(200, "{\"results\":[" + c + "," + c + "]}");
    t.reply(200, "{\"results\":[" + c + "]}");
    List<Conversation> all = drain(t.client.allConversations(STREAM, null, 2));
    assertEquals(3, all.size());
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/conversations?skip=0&limit=2");
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/conversations?skip=2&limit=2");
  }

  @Test
  void interactionDetailsCountOffsetsInPagesAndStopAtTheLastOneKoreServes() throws Exception {
    String full = "{\"numResults\":1,\"data\":[" + AnalyticsApiWireTest.RECORD_VOICE + "]}";
    for (int i = 0; i <= AnalyticsApi.MAX_OFFSET; i++) t.reply(200, full);
    InteractionQuery query = InteractionQuery.builder("2026-02-16", "2026-02-22", 0).build();
    List<InteractionRecord> all = drain(t.client.allInteractionDetails(STREAM, query, 1));
    assertEquals(11, all.size());
    for (int i = 0; i <= AnalyticsApi.MAX_OFFSET; i++) {
      t.take("POST", "/agentassist/api/public/analytics/account/" + ACCOUNT + "/v2/interactionDetails?offset=" + i
          + "&limit=1");
    }
    assertEquals(11, t.server.getRequestCount());
    assertThrows(IllegalArgumentException.class, () -> t.client.allCallDetails(STREAM, query, 101));
  }

  @Test
  void callDetailsStopAfterAShortPage() throws Exception {
    t.reply(200, "{\"numResults\":1,\"data\":[" + AnalyticsApiWireTest.RECORD_VOICE + "]}");
    InteractionQuery query = InteractionQuery.builder("2026-02-16", "2026-02-22", 0).build();
    assertEquals(1, drain(t.client.allCallDetails(STREAM, query, 100)).size());
    t.take("POST", "/agentassist/api/public/analytics/account/" + ACCOUNT + "/v2/callDetails?offset=0&limit=100");
  }

  @Test
  void campaignsPageInsideTheirEnvelope() throws Exception {
    String c = CampaignsApiWireTest.CAMPAIGN_JSON;
    t.reply(200, "{\"status\":\"success\",\"data\":{\"results\":[" + c + "],\"page\":1,\"hasMore\":true,\"totalPages\":2}}");
    t.reply(200, "{\"status\":\"success\",\"data\":{\"results\":[" + c + "],\"page\":2,\"hasMore\":false,\"totalPages\":2}}");
    List<Campaign> all = drain(t.client.allCampaigns(STREAM, CampaignQuery.of(CampaignType.SMS, 1)));
    assertEquals(2, all.size());
    String path = "/campaign/api/v2/public/" + STREAM + "/campaign/getAllCampaignDetails?accountId=" + ACCOUNT;
    t.takeJson("POST", path, "{\"type\":\"sms\",\"page\":1,\"limit\":1}");
    t.takeJson("POST", path, "{\"type\":\"sms\",\"page\":2,\"limit\":1}");
  }

  @Test
  void aFailedPageEndsIterationWithTheTypedError() {
    t.reply(200, "{\"results\":[" + group(1) + "],\"hasMore\":true}");
    t.reply(500, "{\"errors\":[{\"msg\":\"internal\"}]}");
    Iterator<SkillGroup> it = t.client.allSkillGroups(STREAM, 1).iterator();
    assertEquals("sg-1", it.next().id());
    UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
    assertEquals("internal", assertInstanceOf(ApiException.class, e.getCause()).error(KoreCcaiError.class).message());
  }
}
