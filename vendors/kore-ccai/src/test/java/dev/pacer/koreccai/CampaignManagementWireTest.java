package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.koreccai.model.CallingHours;
import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignContact;
import dev.pacer.koreccai.model.CampaignContactsQuery;
import dev.pacer.koreccai.model.CampaignInput;
import dev.pacer.koreccai.model.CampaignMessage;
import dev.pacer.koreccai.model.CampaignStart;
import dev.pacer.koreccai.model.CampaignType;
import dev.pacer.koreccai.model.ContactList;
import dev.pacer.koreccai.model.ContactListAddition;
import dev.pacer.koreccai.model.ContactListChange;
import dev.pacer.koreccai.model.ContactListInput;
import dev.pacer.koreccai.model.ContactListUpdate;
import dev.pacer.koreccai.model.DayHours;
import dev.pacer.koreccai.model.DialingStrategy;
import dev.pacer.koreccai.model.KoreEnvelope;
import dev.pacer.koreccai.model.KoreMessage;
import dev.pacer.koreccai.model.OutboundSms;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.vendor.support.testing.TestFiles;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SMS and voice campaign, contact list and outbound SMS calls, as they go over the wire. */
final class CampaignManagementWireTest {
  private static final String V2 = "/campaign/api/v2/public/" + STREAM + "/campaign";
  private static final String V1 = "/campaign/api/v1/public/" + STREAM + "/campaign";
  private static final String ENVELOPE = "{\"status\":\"success\",\"message\":\"ok\",\"data\":"
      + TestFiles.read(CampaignManagementWireTest.class, "model/examples/Campaign.json") + "}";
  private static final CallingHours HOURS = new CallingHours("WEEKLY", "Asia/Kolkata",
      List.of(new DayHours("MO", "9:00 AM", "6:00 PM")));
  private static final String HOURS_JSON = "{\"frequency\":\"WEEKLY\",\"timezone\":\"Asia/Kolkata\","
      + "\"days\":[{\"day\":\"MO\",\"start\":\"9:00 AM\",\"end\":\"6:00 PM\"}]}";

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  /** The six documented create bodies: three SMS formats, three voice dialing modes. */
  static List<Object[]> creates() {
    String sms = "\"contactLists\":[\"CL Dec\"],\"dncLists\":{\"name\":\"DNC Dec\"},\"campaignType\":\"sms\","
        + "\"priority\":\"5\",";
    String smsStrategy = "\"dialingStrategy\":{\"callerId\":{\"phoneNumber\":\"+19195616000\"},\"callingHours\":"
        + HOURS_JSON + "},\"schedule\":{\"isSchedulingEnabled\":false}";
    String voice = "\"contactLists\":[\"CL Dec\"],\"dncLists\":{\"name\":\"DNC Dec\"},\"campaignType\":\"voice\","
        + "\"priority\":\"5\",";
    String voiceStrategy = "\"dialingStrategy\":{\"callerId\":{\"phoneNumber\":\"+18163300000\"},\"callingHours\":"
        + HOURS_JSON + ",\"dialingOrder\":\"FIFO\",\"maxAttemptsPerRecord\":3,\"defaultRetryPeriod\":10,"
        + "\"maxRingTime\":30},\"schedule\":{\"isSchedulingEnabled\":false}";
    DialingStrategy smsDial = DialingStrategy.sms("+19195616000", HOURS);
    DialingStrategy voiceDial = DialingStrategy.voice("+18163300000", HOURS, "FIFO", 3, 10, 30);
    return List.of(
        new Object[] {"SMS without template",
            smsBase().format("simple").message(CampaignMessage.text("Reminder")).dialingStrategy(smsDial).build(),
            "{\"name\":\"Reminder\",\"description\":\"Event reminder\"," + sms + "\"format\":\"simple\","
                + "\"message\":{\"message\":\"Reminder\"}," + smsStrategy + "}"},
        new Object[] {"SMS using template",
            smsBase().format("simple").message(CampaignMessage.template("Welcome", "V2VsY29tZQ=="))
                .dialingStrategy(smsDial).build(),
            "{\"name\":\"Reminder\",\"description\":\"Event reminder\"," + sms + "\"format\":\"simple\","
                + "\"message\":{\"template_name\":\"Welcome\",\"message\":\"V2VsY29tZQ==\"}," + smsStrategy + "}"},
        new Object[] {"SMS advanced format",
            smsBase().format("advanced").dialingStrategy(smsDial).experienceFlowName("SMS Support Flow").build(),
            "{\"name\":\"Reminder\",\"description\":\"Event reminder\"," + sms + "\"format\":\"advanced\","
                + smsStrategy + ",\"experienceFlowName\":\"SMS Support Flow\"}"},
        new Object[] {"voice agentless",
            voiceBase().dialingMode("Agentless").dialingStrategy(voiceDial).experienceFlowName("Survey Flow")
                .enableMachineDetect("no").build(),
            "{\"name\":\"Feedback\",\"description\":\"Purchase feedback\"," + voice + "\"dialingMode\":\"Agentless\","
                + voiceStrategy + ",\"experienceFlowName\":\"Survey Flow\",\"enableMachineDetect\":\"no\"}"},
        new Object[] {"voice progressive",
            voiceBase().dialingMode("Progressive").dialingStrategy(voiceDial).queueName("Default Queue").build(),
            "{\"name\":\"Feedback\",\"description\":\"Purchase feedback\"," + voice + "\"dialingMode\":\"Progressive\","
                + voiceStrategy + ",\"queue_name\":\"Default Queue\"}"},
        new Object[] {"voice preview",
            voiceBase().dialingMode("Preview").dialingStrategy(voiceDial).queueName("Default Queue").maxSkips(1).build(),
            "{\"name\":\"Feedback\",\"description\":\"Purchase feedback\"," + voice + "\"dialingMode\":\"Preview\","
                + voiceStrategy + ",\"queue_name\":\"Default Queue\",\"maxSkips\":1}"});
  }

  private static CampaignInput.Builder smsBase() {
    return CampaignInput.sms("Reminder", "Event reminder").contactList("CL Dec").dncList("DNC Dec").priority(5)
        .schedulingEnabled(false);
  }

  private static CampaignInput.Builder voiceBase() {
    return CampaignInput.voice("Feedback", "Purchase feedback").contactList("CL Dec").dncList("DNC Dec").priority(5)
        .schedulingEnabled(false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("creates")
  void createPostsTheCampaignWithItsTypeAndAccount(String kind, CampaignInput input, String body) throws Exception {
    t.reply(200, ENVELOPE);
    KoreEnvelope<Campaign> answer = t.client.execute(t.client.campaigns().create(STREAM, ACCOUNT, input));
    RecordedRequest r = t.takeJson("POST", V2 + "?accountId=" + ACCOUNT + "&campaignType=" + input.campaignType(), body);
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertTrue(answer.isSuccess());
    assertEquals("FIFO", answer.data().dialingStrategy().dialingOrder());
    assertEquals("cf-ecfa3927", answer.data().experienceFlow());
  }

  @Test
  void getUpdateAndDeleteAddressTheCampaignOfEitherType() throws Exception {
    t.reply(200, ENVELOPE);
    Campaign c = t.client.execute(t.client.campaigns().get(STREAM, "cd-9e14", ACCOUNT)).data();
    assertEquals(STREAM, t.takeEmpty("GET", V2 + "/cd-9e14?accountId=" + ACCOUNT).getHeaders().get("iId"));
    assertEquals("+18163300001", c.dialingStrategy().callerId().phoneNumber());

    t.reply(200, ENVELOPE);
    t.client.execute(t.client.campaigns().update(STREAM, "cd-9e14", ACCOUNT,
        CampaignInput.sms("Support", null).format("advanced").experienceFlowName("SMS Support Flow").build()));
    t.takeJson("PUT", V2 + "/cd-9e14?accountId=" + ACCOUNT + "&campaignType=sms",
        "{\"name\":\"Support\",\"campaignType\":\"sms\",\"format\":\"advanced\",\"experienceFlowName\":\"SMS Support Flow\"}");
    t.reply(200, ENVELOPE);
    t.client.execute(t.client.campaigns().update(STREAM, "cd-10c8", ACCOUNT,
        CampaignInput.voice("Feedback", null).dialingMode("Agentless").build()));
    t.takeJson("PUT", V2 + "/cd-10c8?accountId=" + ACCOUNT + "&campaignType=voice",
        "{\"name\":\"Feedback\",\"campaignType\":\"voice\",\"dialingMode\":\"Agentless\"}");

    for (CampaignType type : CampaignType.values()) {
      t.reply(200, ENVELOPE);
      assertEquals("Renewals", t.client.execute(t.client.campaigns().delete(STREAM, "cd-2", ACCOUNT, type)).data().name());
      t.takeEmpty("DELETE", V2 + "/cd-2?accountId=" + ACCOUNT + "&campaignType=" + type);
    }
  }

  @Test
  void startAndStopTriggerTheV1CampaignWithAnEmptyObject() throws Exception {
    t.reply(200, "{\"status\":\"Active\",\"message\":\"Campaign Started\",\"updatedAt\":\"2025-06-26T14:37:50.069Z\"}");
    assertEquals("Active", t.client.execute(t.client.campaigns().startSms(STREAM, "cd-1")).status());
    RecordedRequest r = t.takeJson("POST", V1 + "/cd-1?campaignType=sms&trigger=play", "{}");
    assertEquals(STREAM, r.getHeaders().get("iId"));

    t.reply(200, "{\"status\":\"Stopped\",\"message\":\"Campaign Stopped\",\"campaignExecutionType\":\"NORMAL\"}");
    CampaignStart stopped = t.client.execute(t.client.campaigns().stopSms(STREAM, "cd-1"));
    t.takeJson("POST", V1 + "/cd-1?campaignType=sms&trigger=stop", "{}");
    assertEquals("NORMAL", stopped.campaignExecutionType());

    t.reply(200, "{\"status\":\"Stopped\",\"message\":\"Campaign Stopped\",\"campaignInstanceId\":\"cid-dbb5\"}");
    assertEquals("cid-dbb5", t.client.execute(t.client.campaigns().stopVoice(STREAM, "cd-2")).campaignInstanceId());
    t.takeJson("POST", V1 + "/cd-2?campaignType=voice&trigger=stop", "{}");
  }

  @Test
  void sendOutboundSmsPostsBothNumbersToTheBot() throws Exception {
    t.reply(200, "{\"message\":\"Triggered the configured Experience flow\"}");
    KoreMessage m = t.client.execute(t.client.campaigns().sendOutboundSms(STREAM,
        new OutboundSms("+19876543210", "+911234567890")));
    t.takeJson("POST", "/api/public/bot/" + STREAM + "/outboundsms",
        "{\"fromNo\":\"+19876543210\",\"toNo\":\"+911234567890\"}");
    assertEquals("Triggered the configured Experience flow", m.message());
  }

  @Test
  void campaignContactsPostsThePageAndReadsTheDialOutcomes() throws Exception {
    t.reply(200, "{\"status\":\"success\",\"data\":"
        + TestFiles.read(CampaignManagementWireTest.class, "model/examples/ResultPage-CampaignContact.json") + "}");
    ResultPage<CampaignContact> page = t.client.execute(t.client.campaigns().contacts(STREAM, "cd-1",
        new CampaignContactsQuery(1, 100))).data();
    t.takeJson("POST", V2 + "/cd-1/status?view=contacts", "{\"page\":1,\"limit\":100}");
    assertEquals(List.of("System Generated"), page.results().get(0).agentDispositionCodes());
    assertEquals(1, page.totalPages());
    assertThrows(IllegalArgumentException.class, () -> new CampaignContactsQuery(1, 101));
  }

  @Test
  void contactListsAreCreatedReadRenamedAndDeletedByIdWithTheAccount() throws Exception {
    String list = "{\"status\":\"success\",\"data\":{\"_id\":\"cl-67a4\",\"name\":\"July\",\"totalRecordCount\":0,"
        + "\"status\":\"Ready\",\"listType\":\"call\",\"source\":\"passiveApi\"}}";
    String lists = "/campaign/api/v2/public/" + STREAM + "/campaign/contactList";
    t.reply(200, list);
    ContactList created = t.client.execute(t.client.campaigns().createContactList(STREAM, ACCOUNT,
        ContactListInput.of("July", "Renewals due in July", true))).data();
    t.takeJson("POST", lists + "/createContactList?accountId=" + ACCOUNT,
        "{\"name\":\"July\",\"description\":\"Renewals due in July\",\"source\":\"passiveApi\",\"allowDuplicates\":true}");
    assertEquals("cl-67a4", created.id());

    t.reply(200, list);
    assertEquals("Ready", t.client.execute(t.client.campaigns().contactList(STREAM, "cl-67a4", ACCOUNT)).data().status());
    t.takeEmpty("GET", lists + "/cl-67a4?accountId=" + ACCOUNT);

    t.reply(200, "{\"status\":\"success\",\"data\":{\"contactListId\":\"cl-67a4\",\"body\":{\"name\":\"June\"}}}");
    ContactListChange change = t.client.execute(t.client.campaigns().updateContactList(STREAM, "cl-67a4", ACCOUNT,
        new ContactListUpdate("June", null))).data();
    t.takeJson("PUT", lists + "/cl-67a4?accountId=" + ACCOUNT, "{\"name\":\"June\"}");
    assertEquals("June", change.body().get("name").asText());

    t.reply(200, list);
    assertEquals("July", t.client.execute(t.client.campaigns().deleteContactList(STREAM, "cl-67a4", ACCOUNT)).data().name());
    RecordedRequest r = t.takeEmpty("DELETE", lists + "/cl-67a4?accountId=" + ACCOUNT);
    assertEquals(STREAM, r.getHeaders().get("iId"));
  }

  @Test
  void addContactsPostsTheListNameAndPhoneNumbersUnderApi11() throws Exception {
    t.reply(200, "{\"message\":\"Adding contacts to public list is in progress\"}");
    KoreMessage m = t.client.execute(t.client.campaigns().addContacts(STREAM,
        ContactListAddition.ofPhoneNumbers("July", List.of("9122333445566"))));
    RecordedRequest r = t.takeJson("POST", "/api/1.1/public/" + STREAM + "/campaign/contactList/addContacts",
        "{\"contact_list_name\":\"July\",\"data\":[{\"phoneNumber\":\"9122333445566\"}]}");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals("Adding contacts to public list is in progress", m.message());
  }

  @Test
  void inputsRejectWhatKoreWould() {
    assertThrows(IllegalArgumentException.class, () -> CampaignInput.sms("n".repeat(49), null).build());
    assertThrows(IllegalArgumentException.class, () -> CampaignInput.voice("n", null).priority(6));
    assertThrows(IllegalArgumentException.class, () -> ContactListInput.of("n".repeat(49), "d", null));
    assertThrows(IllegalArgumentException.class, () -> new ContactListUpdate(null, "d".repeat(257)));
    assertThrows(IllegalArgumentException.class,
        () -> new ContactListAddition("July", List.of(java.util.Map.of("firstName", "Jo"))));
  }
}
