package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.koreccai.model.AgentAvailability;
import dev.pacer.koreccai.model.AgentAvailabilityQuery;
import dev.pacer.koreccai.model.AgentGroup;
import dev.pacer.koreccai.model.AgentGroupManager;
import dev.pacer.koreccai.model.AgentGroupUpdate;
import dev.pacer.koreccai.model.Contact;
import dev.pacer.koreccai.model.ConversationTransfer;
import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.QueueInput;
import dev.pacer.koreccai.model.QueueMember;
import dev.pacer.koreccai.model.QueueMembersQuery;
import dev.pacer.koreccai.model.Skill;
import dev.pacer.koreccai.model.SkillAgent;
import dev.pacer.koreccai.model.SkillGroup;
import dev.pacer.koreccai.model.SkillGroupInput;
import dev.pacer.koreccai.model.SkillInput;
import dev.pacer.koreccai.model.TransferResult;
import dev.pacer.vendor.support.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The update, delete and routing calls of the configuration APIs, as they go over the wire. */
final class ConfigurationUpdatesWireTest {
  private static final String BASE = "/agentassist/api/v1/public/" + STREAM;

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void updateSkillGroupPutsNameDescriptionAndColor() throws Exception {
    t.reply(200, "{\"id\":\"620b814c\",\"name\":\"Accounts\",\"description\":\"Account questions\",\"color\":\"#f0f0f0\"}");
    SkillGroup g = t.client.execute(t.client.skills().updateGroup(STREAM, "620b814c",
        new SkillGroupInput("Accounts", "Account questions", "#f0f0f0")));
    t.takeJson("PUT", BASE + "/skill-groups/620b814c",
        "{\"name\":\"Accounts\",\"description\":\"Account questions\",\"color\":\"#f0f0f0\"}");
    assertEquals(new SkillGroup("620b814c", "Accounts", "Account questions", "#f0f0f0"), g);
  }

  @Test
  void updateAndDeleteSkillAddressTheSkillInItsGroup() throws Exception {
    t.reply(200, "{\"id\":\"s-9\",\"name\":\"Billing\",\"description\":\"Invoices\",\"agents\":3,\"skillGroupId\":\"sg-1\"}");
    Skill s = t.client.execute(t.client.skills().update(STREAM, "sg-1", "s-9", new SkillInput("Billing", "Invoices",
        "sg-1", List.of(SkillAgent.assign("u-1", null, "good")))));
    t.takeJson("PUT", BASE + "/skill-groups/sg-1/skills/s-9", "{\"name\":\"Billing\",\"description\":\"Invoices\","
        + "\"skillGroupId\":\"sg-1\",\"agents\":[{\"userId\":\"u-1\",\"proficiencyLevel\":\"good\"}]}");
    assertEquals(3, s.agentCount());

    t.reply(204, null);
    assertNull(t.client.execute(t.client.skills().delete(STREAM, "sg-1", "s-9")));
    t.takeEmpty("DELETE", BASE + "/skill-groups/sg-1/skills/s-9");
  }

  @Test
  void updateAgentGroupPutsManagersAndDeleteReadsTheDeletedGroup() throws Exception {
    t.reply(200, "{\"name\":\"US West\",\"description\":\"West coast\",\"managers\":[{\"userId\":\"u-cc1\",\"accessLevel\":\"full\"}]}");
    AgentGroup g = t.client.execute(t.client.agentGroups().update(STREAM, "ag-9",
        new AgentGroupUpdate("US West", "West coast", List.of(new AgentGroupManager("u-cc1", "full")))));
    t.takeJson("PUT", BASE + "/agent-groups/ag-9", "{\"name\":\"US West\",\"description\":\"West coast\","
        + "\"managers\":[{\"userId\":\"u-cc1\",\"accessLevel\":\"full\"}]}");
    assertEquals("full", g.managers().get(0).get("accessLevel").asText());

    t.reply(200, "{\"id\":\"ag-9\",\"name\":\"US West\",\"description\":\"West coast\",\"managers\":[]}");
    assertEquals("ag-9", t.client.execute(t.client.agentGroups().delete(STREAM, "ag-9")).id());
    t.takeEmpty("DELETE", BASE + "/agent-groups/ag-9");
  }

  @Test
  void updateQueuePutsTheQueueFields() throws Exception {
    t.reply(200, AgentGroupsAndQueuesWireTest.QUEUE_JSON);
    Queue q = t.client.execute(t.client.queues().update(STREAM, "qu-854eaa2",
        QueueInput.builder("Billing").description("Billing questions").active(true).build()));
    t.takeJson("PUT", BASE + "/queues/qu-854eaa2",
        "{\"name\":\"Billing\",\"description\":\"Billing questions\",\"isActive\":true}");
    assertEquals("Billing", q.name());
  }

  @Test
  void agentsOrQueuesPostsQueueIdsOrAgentIds() throws Exception {
    t.reply(200, "[{\"userId\":\"u-950c\",\"aId\":\"a-1c99\",\"name\":\"Jane\",\"profImage\":\"no-avatar\"}]");
    List<QueueMember> agents = t.client.execute(t.client.queues().agentsOfQueues(STREAM,
        QueueMembersQuery.ofQueues(List.of("qu-70d0"))));
    t.takeJson("POST", BASE + "/queues/agents", "{\"queueIds\":[\"qu-70d0\"]}");
    assertEquals(List.of(new QueueMember("u-950c", "a-1c99", "Jane", "no-avatar")), agents);

    t.reply(200, "[\"qu-49ed\",\"qu-50db\"]");
    List<String> queues = t.client.execute(t.client.queues().queuesOfAgents(STREAM,
        QueueMembersQuery.ofAgents(List.of("a-3eab"))));
    t.takeJson("POST", BASE + "/queues/agents", "{\"agentIds\":[\"a-3eab\"]}");
    assertEquals(List.of("qu-49ed", "qu-50db"), queues);
  }

  @Test
  void availabilityPostsTheIdsAndReadsAgentsByStatus() throws Exception {
    t.reply(200, TestFiles.read(ConfigurationUpdatesWireTest.class, "model/examples/AgentAvailability.json"));
    AgentAvailability a = t.client.execute(t.client.agents().availability(STREAM,
        new AgentAvailabilityQuery(List.of("6840298"), List.of("qu-e30b"), null)));
    t.takeJson("POST", BASE + "/agents/availability", "{\"skillIds\":[\"6840298\"],\"queueIds\":[\"qu-e30b\"]}");
    assertEquals("a-75b2b7b", a.available().get(0).id());
    assertEquals(3, a.available().get(0).channelCapacity().get("liveChat").availableCapacity());
    assertTrue(a.busy().isEmpty());
  }

  @Test
  void transferPostsTheSessionAndTargetAgentOrQueue() throws Exception {
    t.reply(200, "{\"sessionId\":\"6538f8a3\",\"agentId\":\"a-8cd2\",\"status\":\"transferred\","
        + "\"requestCompletedAt\":1698825180041}");
    TransferResult r = t.client.execute(t.client.conversations().transfer(STREAM,
        ConversationTransfer.toAgent("https://example.com/cb", "o-fbfa", "6538f8a3", "a-8cd2")));
    t.takeJson("POST", BASE + "/assign-conversation", "{\"callbackUrl\":\"https://example.com/cb\","
        + "\"orgId\":\"o-fbfa\",\"botSessionId\":\"6538f8a3\",\"aId\":\"a-8cd2\"}");
    assertEquals(new TransferResult("6538f8a3", "a-8cd2", null, "transferred", 1698825180041L), r);

    t.reply(200, "{\"sessionId\":\"66c2f693\",\"queueId\":\"qu-b5d3\",\"status\":\"transferred\"}");
    t.client.execute(t.client.conversations().transfer(STREAM,
        ConversationTransfer.toQueue("https://example.com/cb", "o-fbfa", "66c2f693", "qu-b5d3")));
    t.takeJson("POST", BASE + "/assign-conversation", "{\"callbackUrl\":\"https://example.com/cb\","
        + "\"orgId\":\"o-fbfa\",\"botSessionId\":\"66c2f693\",\"transferredType\":\"QUEUE\",\"queueId\":\"qu-b5d3\"}");
    assertThrows(NullPointerException.class, () -> ConversationTransfer.toQueue("u", "o", "s", null));
  }

  @Test
  void importCsvPostsTheFileAsTheResultFilePartOfAMultipartForm() throws Exception {
    t.reply(200, "[" + TestFiles.read(ConfigurationUpdatesWireTest.class, "model/examples/Contact.json") + "]");
    byte[] csv = "firstName,lastName\njohn,doe\n".getBytes(StandardCharsets.UTF_8);
    List<Contact> contacts = t.client.execute(t.client.contacts().importCsv(STREAM, "contacts.csv", csv));
    RecordedRequest r = t.take("POST", BASE + "/contacts/import-contacts");
    assertTrue(r.getHeaders().get("Content-Type").startsWith("multipart/form-data; boundary="),
        r.getHeaders().get("Content-Type"));
    String body = r.getBody().utf8();
    assertTrue(body.contains("Content-Disposition: form-data; name=\"result_file\"; filename=\"contacts.csv\""), body);
    assertTrue(body.contains("Content-Type: text/csv"), body);
    assertTrue(body.contains("firstName,lastName\njohn,doe\n"), body);
    assertEquals(1, contacts.size());
  }

  @Test
  void agentGroupUpdateChecksWhatCreateChecks() {
    assertThrows(IllegalArgumentException.class, () -> new AgentGroupUpdate("x".repeat(51), "d", List.of()));
    assertThrows(NullPointerException.class, () -> new AgentGroupUpdate("n", "d", null));
  }
}
