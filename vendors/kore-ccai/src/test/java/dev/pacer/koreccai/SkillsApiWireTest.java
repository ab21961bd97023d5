package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.koreccai.model.Skill;
import dev.pacer.koreccai.model.SkillAgent;
import dev.pacer.koreccai.model.SkillGroup;
import dev.pacer.koreccai.model.SkillGroupInput;
import dev.pacer.koreccai.model.SkillInput;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class SkillsApiWireTest {
  private static final String BASE = "/agentassist/api/v1/public/" + STREAM + "/skill-groups";
  private static final String GROUP_JSON = TestFiles.read(SkillsApiWireTest.class, "fixtures/group.json");
  private static final String SKILL_JSON = TestFiles.read(SkillsApiWireTest.class, "fixtures/skill.json");

  @AutoClose private final KoreTestServer t = KoreTestServer.start();
  private final SkillsApi api = t.client.skills();

  @Test
  void createGroupPostsNameDescriptionAndColor() throws Exception {
    t.reply(200, GROUP_JSON);
    SkillGroup g = t.client.execute(api.createGroup(STREAM,
        new SkillGroupInput("Premium Subscriptions", "Skill Group For Premium SubScriptions.", "#0f0f0f")));
    t.takeJson("POST", BASE, "{\"name\":\"Premium Subscriptions\","
        + "\"description\":\"Skill Group For Premium SubScriptions.\",\"color\":\"#0f0f0f\"}");
    assertEquals("620b814ca2344f1caa8cxxxx", g.id());
  }

  @Test
  void listGroupsSendsPageAndLimitAndReadsTheEnvelope() throws Exception {
    t.reply(200, "{\"results\":[" + GROUP_JSON + "],\"page\":1,\"limit\":10,\"hasMore\":true,"
        + "\"totalPages\":1,\"totalResults\":1}");
    ResultPage<SkillGroup> page = t.client.execute(api.listGroups(STREAM, 1, 10));
    t.takeEmpty("GET", BASE + "?page=1&limit=10");
    assertEquals(new ResultPage<>(List.of(new SkillGroup("620b814ca2344f1caa8cxxxx", "Account Management",
        "Manage Account and its Settings", "#f0f0f0")), 1, null, 10, true, 1, 1), page);
  }

  @Test
  void getAndDeleteGroupAddressTheGroup() throws Exception {
    t.reply(200, GROUP_JSON);
    assertEquals("#f0f0f0", t.client.execute(api.getGroup(STREAM, "620b814c")).color());
    t.takeEmpty("GET", BASE + "/620b814c");
    t.reply(204, null);
    assertNull(t.client.execute(api.deleteGroup(STREAM, "620b814c")));
    t.takeEmpty("DELETE", BASE + "/620b814c");
  }

  @Test
  void createSkillPostsAgentsAndReadsTheAgentCount() throws Exception {
    t.reply(200, "{\"id\":\"s-9\",\"name\":\"Billing\",\"description\":\"Billing questions\",\"agents\":2,"
        + "\"skillGroupId\":\"620b814c\"}");
    Skill s = t.client.execute(api.create(STREAM, "620b814c", new SkillInput("Billing", "Billing questions",
        "620b814c", List.of(SkillAgent.assign("u-021655cc", "a-59bb17e", "expert")))));
    t.takeJson("POST", BASE + "/620b814c/skills", "{\"name\":\"Billing\",\"description\":\"Billing questions\","
        + "\"skillGroupId\":\"620b814c\",\"agents\":[{\"userId\":\"u-021655cc\",\"aId\":\"a-59bb17e\","
        + "\"proficiencyLevel\":\"expert\"}]}");
    assertEquals(2, s.agentCount());
    assertEquals(List.of(), s.agents());
  }

  @Test
  void listAndGetSkillsReadAgentsAsAList() throws Exception {
    t.reply(200, "{\"results\":[" + SKILL_JSON + "],\"page\":3,\"limit\":25,\"hasMore\":false}");
    ResultPage<Skill> page = t.client.execute(api.list(STREAM, "620b814c", 3, 25));
    t.takeEmpty("GET", BASE + "/620b814c/skills?page=3&limit=25");
    assertEquals(1, page.results().get(0).agentCount());

    t.reply(200, SKILL_JSON);
    Skill s = t.client.execute(api.get(STREAM, "620b814c", "s-7c1a9e2"));
    t.takeEmpty("GET", BASE + "/620b814c/skills/s-7c1a9e2");
    assertEquals("john.doe@example.com", s.agents().get(0).emailId());
    assertEquals("expert", s.agents().get(0).proficiencyLevel());
    assertEquals(Instant.parse("2024-03-01T08:00:00Z"), s.createdAt());
  }

  @Test
  void inputsRejectWhatKoreWould() {
    assertThrows(IllegalArgumentException.class, () -> new SkillGroupInput(" ", null, null));
    assertThrows(IllegalArgumentException.class, () -> new SkillInput("x", "d".repeat(201), null, null));
    assertThrows(IllegalArgumentException.class, () -> new SkillGroupInput("x", null, "c".repeat(201)));
  }
}
