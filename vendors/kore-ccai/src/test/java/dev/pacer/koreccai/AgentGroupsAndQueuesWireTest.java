package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import dev.pacer.koreccai.model.AgentGroup;
import dev.pacer.koreccai.model.AgentGroupInput;
import dev.pacer.koreccai.model.MinSec;
import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.QueueAdvancedSettings;
import dev.pacer.koreccai.model.QueueAgent;
import dev.pacer.koreccai.model.QueueInput;
import dev.pacer.koreccai.model.QueueSkill;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class AgentGroupsAndQueuesWireTest {
  private static final String BASE = "/agentassist/api/v1/public/" + STREAM;
  static final String QUEUE_JSON = TestFiles.read(AgentGroupsAndQueuesWireTest.class, "fixtures/queue.json");

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void createAgentGroupPostsNameAndDescription() throws Exception {
    t.reply(200, "{\"id\":\"ag-9d1d5db\",\"name\":\"US West\",\"description\":\"West coast team\"}");
    AgentGroup g = t.client.execute(t.client.agentGroups().create(STREAM, new AgentGroupInput("US West", "West coast team")));
    t.takeJson("POST", BASE + "/agent-groups", "{\"name\":\"US West\",\"description\":\"West coast team\"}");
    assertEquals("ag-9d1d5db", g.id());
    assertThrows(IllegalArgumentException.class, () -> new AgentGroupInput("n".repeat(51), "d"));
  }

  @Test
  void listAgentGroupsReadsTheSkipEnvelope() throws Exception {
    t.reply(200, "{\"results\":[{\"id\":\"ag-1\",\"name\":\"Default Agent Group\",\"description\":\"\",\"isDefault\":true,"
        + "\"isUnassigned\":false,\"status\":\"ACTIVE\",\"iId\":\"" + STREAM + "\",\"orgId\":\"o-1\",\"lname\":\"default agent group\","
        + "\"createdBy\":\"u-1\",\"createdAt\":\"2023-01-05T09:00:00.000Z\",\"updatedAt\":\"2023-01-06T09:00:00.000Z\","
        + "\"totalAgents\":12,\"managers\":[]}],\"skip\":0,\"limit\":10,\"hasMore\":false,\"totalPages\":1,\"totalResults\":1}");
    ResultPage<AgentGroup> page = t.client.execute(t.client.agentGroups().list(STREAM));
    t.takeEmpty("GET", BASE + "/agent-groups");
    AgentGroup g = page.results().get(0);
    assertEquals(0, page.skip());
    assertNull(page.page());
    assertEquals(Boolean.TRUE, g.isDefault());
    assertEquals(12, g.totalAgents());
    assertEquals(Instant.parse("2023-01-05T09:00:00Z"), g.createdAt());
  }

  @Test
  void getAgentGroupKeepsItsManagers() throws Exception {
    t.reply(200, "{\"id\":\"ag-9d1d5db\",\"name\":\"US West Coast team\",\"description\":\"US west coast team\","
        + "\"managers\":[{\"firstName\":\"Charlie\",\"lastName\":\"Harper\",\"emailId\":\"username@domain.com\","
        + "\"accessLevel\":\"full\",\"skills\":[{\"skillId\":\"s-21223123\",\"proficiencyLevel\":\"expert\"}]}]}");
    AgentGroup g = t.client.execute(t.client.agentGroups().get(STREAM, "ag-9d1d5db"));
    t.takeEmpty("GET", BASE + "/agent-groups/ag-9d1d5db");
    assertEquals("Charlie", g.managers().get(0).get("firstName").asText());
  }

  @Test
  void createQueuePostsTheDocumentedShape() throws Exception {
    t.reply(200, QUEUE_JSON);
    QueueInput input = QueueInput.builder("Billing").description("Billing questions").active(true)
        .defaultQueue(false).orgId("o-89381108").hoursOfOperation("h-1")
        .agent(QueueAgent.of("u-021655cc", "a-59bb17e", true))
        .skill(QueueSkill.expiring("s-1", MinSec.of(2, 30)))
        .agentGroup("ag-1")
        .advancedRouting(new QueueAdvancedSettings(MinSec.of(1, 0), true, false))
        .maxTimeout(MinSec.of(10, 0)).build();
    Queue q = t.client.execute(t.client.queues().create(STREAM, input));
    t.takeJson("POST", BASE + "/queues", "{\"name\":\"Billing\",\"description\":\"Billing questions\","
        + "\"isActive\":true,\"isDefault\":false,\"isAdvancedRoutingEnabled\":true,\"orgId\":\"o-89381108\","
        + "\"hoursOfOperation\":{\"id\":\"h-1\"},"
        + "\"agents\":[{\"userId\":\"u-021655cc\",\"aId\":\"a-59bb17e\",\"isPreferredAgent\":true}],"
        + "\"skills\":[{\"id\":\"s-1\",\"isExpireEnabled\":true,\"expireTime\":{\"min\":2,\"sec\":30}}],"
        + "\"agentGroups\":[{\"id\":\"ag-1\"}],"
        + "\"advancedSettings\":{\"preferredAgentTimeout\":{\"min\":1,\"sec\":0},\"isSkillMatchEnabled\":true,"
        + "\"isAffinityMatchEnabled\":false},\"maxTimeout\":{\"min\":10,\"sec\":0}}");
    assertEquals("qu-854eaa2-b0b6-4327-9008-723d7519xxxx", q.id());
  }

  @Test
  void listGetAndDeleteQueues() throws Exception {
    t.reply(200, "{\"results\":[" + QUEUE_JSON + "],\"page\":1,\"limit\":50,\"hasMore\":false,\"totalPages\":1,"
        + "\"totalResults\":1}");
    ResultPage<Queue> page = t.client.execute(t.client.queues().list(STREAM, 1, 50));
    t.takeEmpty("GET", BASE + "/queues?page=1&limit=50");
    assertEquals(1, page.totalResults());

    t.reply(200, QUEUE_JSON);
    Queue q = t.client.execute(t.client.queues().get(STREAM, "qu-854eaa2"));
    t.takeEmpty("GET", BASE + "/queues/qu-854eaa2");
    assertEquals("Default Hours", q.hoursOfOperation().name());
    assertEquals(new MinSec(2, 30), q.skills().get(0).expireTime());
    assertEquals("Finance", q.skills().get(0).skillGroupName());
    assertEquals("Billing", q.agents().get(0).skills().get(0).name());
    assertEquals(Boolean.TRUE, q.advancedSettings().isSkillMatchEnabled());
    assertEquals("ag-1", q.sourceAgentGroups().get(0));

    t.reply(200, null);
    t.client.execute(t.client.queues().delete(STREAM, "qu-854eaa2"));
    t.takeEmpty("DELETE", BASE + "/queues/qu-854eaa2");
  }

  @Test
  void minSecRejectsImpossibleDurations() {
    assertThrows(IllegalArgumentException.class, () -> MinSec.of(1, 60));
    assertThrows(IllegalArgumentException.class, () -> MinSec.of(-1, 0));
  }
}
