package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignQuery;
import dev.pacer.koreccai.model.CampaignStart;
import dev.pacer.koreccai.model.CampaignStatus;
import dev.pacer.koreccai.model.CampaignType;
import dev.pacer.koreccai.model.ContactList;
import dev.pacer.koreccai.model.KoreEnvelope;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class CampaignsApiWireTest {
  private static final String V2 = "/campaign/api/v2/public/" + STREAM + "/campaign";
  static final String CAMPAIGN_JSON = TestFiles.read(CampaignsApiWireTest.class, "fixtures/campaign.json");

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void listPostsTheQueryWithAccountIdAndIid() throws Exception {
    t.reply(200, "{\"status\":\"success\",\"message\":\"Campaigns fetched\",\"data\":{\"results\":[" + CAMPAIGN_JSON
        + "],\"skip\":0,\"limit\":10,\"hasMore\":false,\"totalPages\":1,\"totalResults\":1}}");
    CampaignQuery query = CampaignQuery.of(CampaignType.VOICE, 10)
        .filters(new CampaignQuery.Filters(List.of("Active", "Paused"), List.of(1, 2), null));
    KoreEnvelope<ResultPage<Campaign>> answer = t.client.execute(t.client.campaigns().list(STREAM, ACCOUNT, query));
    RecordedRequest r = t.takeJson("POST", V2 + "/getAllCampaignDetails?accountId=" + ACCOUNT,
        "{\"type\":\"voice\",\"page\":1,\"limit\":10,\"filters\":{\"status\":[\"Active\",\"Paused\"],\"priority\":[1,2]}}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertTrue(answer.isSuccess());
    Campaign c = answer.data().results().get(0);
    assertEquals("cd-3e9169e-9b3a-4415-bdcd-4700a44xxxxx", c.id());
    assertEquals("3", c.priority());
    assertEquals(List.of("cl-1", "cl-2"), c.contactLists());
    assertEquals("Global DNC", c.dncLists().get("name").asText());
    assertEquals(Instant.parse("2025-06-01T10:00:00Z"), c.createdAt());
  }

  @Test
  void statusPostsAnEmptyObjectWithViewStatus() throws Exception {
    t.reply(200, "{\"status\":\"success\",\"data\":{\"id\":\"cd-1\",\"status\":\"Paused\",\"name\":\"Renewals\"}}");
    KoreEnvelope<CampaignStatus> answer = t.client.execute(t.client.campaigns().status(STREAM, "cd-1", ACCOUNT));
    RecordedRequest r = t.takeJson("POST", V2 + "/cd-1/status?view=status&accountId=" + ACCOUNT, "{}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals(new CampaignStatus("cd-1", "Paused", "Renewals"), answer.data());
  }

  @Test
  void startVoicePostsTheV1TriggerWithAnEmptyObject() throws Exception {
    t.reply(200, "{\"status\":\"Active\",\"message\":\"Campaign Started\",\"totalCallsCompleted\":0,"
        + "\"updatedAt\":\"2025-06-03T09:00:00.000Z\",\"campaignInstanceId\":\"cid-3b2e4e9\"}");
    CampaignStart started = t.client.execute(t.client.campaigns().startVoice(STREAM, "cd-1"));
    RecordedRequest r = t.takeJson("POST", "/campaign/api/v1/public/" + STREAM
        + "/campaign/cd-1?campaignType=voice&trigger=play", "{}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals("Campaign Started", started.message());
    assertEquals("cid-3b2e4e9", started.campaignInstanceId());
  }

  @Test
  void contactListsPostWithoutABodyAndReadTheList() throws Exception {
    t.reply(200, "{\"status\":\"success\",\"message\":\"\",\"data\":[{\"_id\":\"cl-6be0807b\",\"name\":\"WANTED JAN23\","
        + "\"description\":\"\",\"totalRecordCount\":120,\"status\":\"Active\",\"mapping\":{\"firstName\":\"First\","
        + "\"phoneNumber\":\"Phone\"},\"isListInUse\":true,\"listType\":\"static\",\"campaignInUse\":[{\"id\":\"cd-1\","
        + "\"name\":\"Renewals\"}],\"source\":\"file\",\"apiConfigurations\":{\"dataSyncMode\":\"append\"},"
        + "\"columns\":[],\"files\":[{\"fileId\":\"f-1\",\"fileName\":\"jan.csv\"}],\"updatedAt\":\"2025-01-23T08:00:00.000Z\"}]}");
    KoreEnvelope<List<ContactList>> answer = t.client.execute(t.client.campaigns().contactLists(STREAM, ACCOUNT));
    RecordedRequest r = t.take("POST", V2 + "/contactList/getAllListDetails?type=call&accountId=" + ACCOUNT);
    assertEquals(0, Math.max(0, r.getBodySize()));
    assertEquals(STREAM, r.getHeaders().get("iId"));
    ContactList list = answer.data().get(0);
    assertEquals("cl-6be0807b", list.id());
    assertEquals(120, list.totalRecordCount());
    assertEquals(Boolean.TRUE, list.isListInUse());
    assertEquals("Phone", list.mapping().get("phoneNumber").asText());
  }

  @Test
  void aFailureEnvelopeIsNotSuccess() throws Exception {
    t.reply(200, "{\"status\":\"failure\",\"message\":\"Campaign not found\"}");
    KoreEnvelope<CampaignStatus> answer = t.client.execute(t.client.campaigns().status(STREAM, "cd-x", ACCOUNT));
    t.takeJson("POST", V2 + "/cd-x/status?view=status&accountId=" + ACCOUNT, "{}");
    assertFalse(answer.isSuccess());
    assertEquals("Campaign not found", answer.message());
  }
}
