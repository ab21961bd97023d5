package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.koreccai.model.CellPhone;
import dev.pacer.koreccai.model.Contact;
import dev.pacer.koreccai.model.ContactInput;
import dev.pacer.koreccai.model.Conversation;
import dev.pacer.koreccai.model.ConversationStatus;
import dev.pacer.koreccai.model.ResultPage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ContactsAndConversationsWireTest {
  private static final String BASE = "/agentassist/api/v1/public/" + STREAM;
  static final String CONVERSATION_JSON = "{\"startSessionTime\":\"2023-05-25T06:56:11.959Z\","
      + "\"botSessionId\":\"646f068b2462fdb06685xxxx\",\"botId\":\"" + STREAM + "\","
      + "\"userId\":\"u-f812d6e9\",\"orgId\":\"o-ca23f4c5\",\"source\":\"audiocodes\","
      + "\"_id\":\"c-3d7265b-de0a-489d-a2eb-69ce6bdexxxx\","
      + "\"participants\":[{\"agentId\":\"u-b19cd89e\",\"name\":\"John Doe\",\"status\":\"ACTIVE\","
      + "\"assignedAt\":\"2023-05-25T06:58:57.984Z\",\"startTimeStamp\":\"2023-05-25T06:59:00.977Z\","
      + "\"endTimeStamp\":\"2023-05-25T06:59:09.798Z\"}],"
      + "\"transferDetails\":[{\"fromAgent\":null,\"transferredType\":\"OTHERS\",\"priority\":\"LOW\"}],"
      + "\"waitTime\":4142,\"status\":\"CLOSED\",\"accountId\":\"637368b4a1d039e34ba6xxxx\","
      + "\"phoneNumber\":\"+18448735673\",\"conversationId\":\"9a1b6f71-c8af-46dd-8645-d8894047xxxx\","
      + "\"language\":\"en\",\"sentimentTone\":{\"sentiment\":\"fear\",\"emoji\":\"\\ud83d\\ude28\",\"strength\":2},"
      + "\"keyIntentName\":\"TalkToAgent\",\"priority\":10,"
      + "\"queues\":[{\"type\":\"ASSIGNED\",\"status\":\"ACTIVE\",\"isPreferredAgentTimeoutExpired\":true,"
      + "\"id\":\"qu-241a4d7\",\"name\":\"Default Queue\",\"startTime\":\"2023-05-25T06:56:38.734Z\"}],"
      + "\"startTime\":\"2023-05-25T06:56:38.734Z\",\"endTime\":\"2023-05-25T06:59:28.234Z\","
      + "\"createdAt\":\"2023-05-25T06:56:38.735Z\",\"updatedAt\":\"2023-05-25T06:59:28.235Z\",\"__v\":0,"
      + "\"acceptedAt\":\"2023-05-25T06:59:00.978Z\","
      + "\"notes\":[{\"_id\":\"646f0750d15e5a3db2aexxxx\",\"conversationId\":\"c-3d7265b\","
      + "\"author\":{\"_id\":\"646f0750\",\"firstName\":\"John\",\"lastName\":\"Doe\",\"userId\":\"u-b19cd89e\"},"
      + "\"note\":\"Consumer wants to talk to any agent.\",\"timestamp\":\"2023-05-25T06:59:28.234Z\"}],"
      + "\"userInfo\":{\"caller\":\"+18448735673\",\"callerHost\":\"Twilio-US\"},"
      + "\"dispositions\":{\"status\":\"UnKnown\",\"metaStatus\":\"AGENT_CLOSED\"}}";

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void createContactsPostsAnArrayAndReadsAnArray() throws Exception {
    t.reply(200, "[{\"id\":\"ct-1\",\"status\":\"ACTIVE\",\"firstName\":\"Jane\",\"lastName\":\"Doe\","
        + "\"fullName\":\"Jane Doe\",\"salutation\":\"Ms\",\"cellPhone\":{\"phoneNumber\":\"5550100\","
        + "\"countryCode\":\"+1\",\"extension\":\"12\"},\"createdBy\":\"u-1\",\"orgId\":\"o-1\","
        + "\"accountId\":\"65f1c0ffee00000000000001\",\"instanceBotId\":\"" + STREAM + "\",\"address\":[],"
        + "\"twitterDetails\":[],\"createdAt\":\"2024-05-01T12:00:00.000Z\",\"updatedAt\":\"2024-05-01T12:00:00.000Z\"}]");
    List<Contact> created = t.client.execute(t.client.contacts().create(STREAM,
        List.of(new ContactInput("Jane", "Doe", "Ms", new CellPhone("5550100", "+1", "12")))));
    t.takeJson("POST", BASE + "/contacts", "[{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"salutation\":\"Ms\","
        + "\"cellPhone\":{\"phoneNumber\":\"5550100\",\"countryCode\":\"+1\",\"extension\":\"12\"}}]");
    Contact c = created.get(0);
    assertEquals("ct-1", c.id());
    assertEquals("+1", c.cellPhone().countryCode());
    assertEquals(STREAM, c.instanceBotId());
    assertEquals(Instant.parse("2024-05-01T12:00:00Z"), c.createdAt());
    assertThrows(NullPointerException.class, () -> new ContactInput("a", "b", null, new CellPhone("1", "+1", "")));
  }

  @Test
  void listConversationsSendsEveryFilter() throws Exception {
    t.reply(200, "{\"results\":[" + CONVERSATION_JSON + "]}");
    ResultPage<Conversation> page = t.client.execute(t.client.conversations()
        .list(STREAM, 20, 10, "status,queues", ConversationStatus.CLOSED, "audiocodes", "en"));
    t.takeEmpty("GET", BASE + "/conversations?skip=20&limit=10&fields=status%2Cqueues&status=CLOSED"
        + "&source=audiocodes&language=en");
    Conversation c = page.results().get(0);
    assertEquals("c-3d7265b-de0a-489d-a2eb-69ce6bdexxxx", c.id());
    assertEquals("9a1b6f71-c8af-46dd-8645-d8894047xxxx", c.conversationId());
    assertEquals(4142L, c.waitTime());
    assertEquals("John Doe", c.participants().get(0).name());
    assertEquals(Instant.parse("2023-05-25T06:59:09.798Z"), c.participants().get(0).endTimeStamp());
    assertEquals(Boolean.TRUE, c.queues().get(0).isPreferredAgentTimeoutExpired());
    assertEquals("646f0750d15e5a3db2aexxxx", c.notes().get(0).id());
    assertEquals("Twilio-US", c.userInfo().get("callerHost").asText());
    assertEquals("AGENT_CLOSED", c.dispositions().get("metaStatus").asText());
    assertEquals(Instant.parse("2023-05-25T06:56:11.959Z"), c.startSessionTime());
  }

  @Test
  void listConversationsLeavesOutUnsetFilters() throws Exception {
    t.reply(200, "{\"results\":[]}");
    t.client.execute(t.client.conversations().list(STREAM, null, null, null, null, null, null));
    t.takeEmpty("GET", BASE + "/conversations");
  }
}
