package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.koreccai.model.Agent;
import dev.pacer.koreccai.model.AgentInput;
import dev.pacer.koreccai.model.AgentQueue;
import dev.pacer.koreccai.model.LanguageSupport;
import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class AgentsApiWireTest {
  @AutoClose private final KoreTestServer t = KoreTestServer.start();
  private final AgentsApi api = t.client.agents();

  /** An agent as "Get a Specific Agent" documents it, plus a field Kore may add later. */
  static final String AGENT_JSON = TestFiles.read(AgentsApiWireTest.class, "fixtures/agent.json");

  @Test
  void createPostsTheDocumentedBodyWithoutNulls() throws Exception {
    t.reply(200, AGENT_JSON);
    AgentInput input = AgentInput.builder("john.doe@example.com", "John", "Doe", "67654be356840f366e79xxxx")
        .nickName("john").phoneNumber("13456782345").agentGroupId("ag-c57b602").chat(5).canSupportVoice(true)
        .customId("emp-42").chatLanguage(LanguageSupport.of("en", "expert"))
        .queue(AgentQueue.of("qu-854eaa2", false)).createDefaultLayoutAndAssign(true).build();
    Agent agent = t.client.execute(api.create(STREAM, input));
    t.takeJson("POST", "/agentassist/api/v1/public/" + STREAM + "/agents", "{"
        + "\"emailId\":\"john.doe@example.com\",\"firstName\":\"John\",\"lastName\":\"Doe\",\"nickName\":\"john\","
        + "\"phoneNumber\":\"13456782345\",\"roleId\":\"67654be356840f366e79xxxx\",\"agentGroupId\":\"ag-c57b602\","
        + "\"canSupportChat\":true,\"maxChatSupport\":5,\"canSupportVoice\":true,\"customId\":\"emp-42\","
        + "\"chatLanguageSupport\":[{\"language\":\"en\",\"proficiency\":\"expert\",\"isActive\":true}],"
        + "\"queues\":[{\"id\":\"qu-854eaa2\",\"isPreferredAgent\":false}],\"createDefaultLayoutAndAssign\":true}");
    assertEquals("a-59bb17e-0cae-46b0-8d80-a8a8ac34xxxx", agent.id());
  }

  @Test
  void getReadsEveryDocumentedField() throws Exception {
    t.reply(200, AGENT_JSON);
    Agent a = t.client.execute(api.get(STREAM, "a-59bb17e"));
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/agents/a-59bb17e");
    assertEquals("13456782345", a.phoneNumber(), "a JSON number reads as text");
    assertEquals("Tier 1", a.agentGroups().get(0).groupName());
    assertEquals(Boolean.TRUE, a.chatLanguageSupport().get(0).isActive());
    assertEquals("es", a.voiceLanguageSupport().get(0).language());
    assertEquals("Default SkillGroup", a.skills().get(0).skillGroupName());
    assertEquals(Boolean.TRUE, a.queues().get(0).isPreferredAgent());
    assertEquals(Boolean.TRUE, a.desktopLayouts().get(0).isDefault());
    assertEquals("sip:john@example.com", a.sipUri());
    assertEquals("st-1d7611fa-908a-5f0c-8871-f7ea97a0xxxx", a.iId());
    assertEquals(Instant.parse("2025-01-02T10:20:30.123Z"), a.updatedAt());
    assertEquals(5, a.maxMessagingChatSupport());
    assertThrows(UnsupportedOperationException.class, () -> a.skills().clear());
  }

  @Test
  void getAsyncCompletesWithTheAgent() throws Exception {
    t.reply(200, AGENT_JSON);
    Agent a = api.getAsync(STREAM, "a-59bb17e").get(10, TimeUnit.SECONDS);
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/agents/a-59bb17e");
    assertEquals("John Doe", a.fullName());
  }

  @Test
  void listSendsPageAndIncludeQueues() throws Exception {
    t.reply(200, "{\"results\":[" + AGENT_JSON + "],\"page\":2,\"hasMore\":false}");
    ResultPage<Agent> page = t.client.execute(api.list(STREAM, "o-89381108", 2, true));
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/organizations/o-89381108/agents?page=2&includeQueues=true");
    assertEquals(1, page.results().size());
    assertEquals(Boolean.FALSE, page.hasMore());
  }

  @Test
  void updatePutsTheWholeAgentStartedFromTheCurrentOne() throws Exception {
    t.reply(200, AGENT_JSON);
    Agent current = t.client.execute(api.get(STREAM, "a-59bb17e"));
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/agents/a-59bb17e");

    t.reply(200, AGENT_JSON);
    AgentInput changed = AgentInput.Builder.from(current).lastName("Doe-Park").build();
    t.client.execute(api.update(STREAM, current.id(), changed));
    String body = t.take("PUT", "/agentassist/api/v1/public/" + STREAM + "/agents/" + current.id()).getBody().utf8();
    var json = KoreTestServer.JSON.readTree(body);
    assertEquals("Doe-Park", json.get("lastName").asText());
    for (String required : List.of("id", "userId", "accountId", "orgId", "iId", "emailId", "firstName", "roleId",
        "agentGroupId")) {
      assertTrue(json.hasNonNull(required), required + " missing from " + body);
    }
    assertEquals("ag-3234fsdf2131241xxxx", json.get("agentGroupId").asText());
    assertFalse(json.has("createdAt"), "read-only fields stay out: " + body);
  }

  @Test
  void deleteAnswersWithTheDeletedAgent() throws Exception {
    t.reply(200, AGENT_JSON);
    Agent deleted = t.client.execute(api.delete(STREAM, "a-59bb17e"));
    t.takeEmpty("DELETE", "/agentassist/api/v1/public/" + STREAM + "/agents/a-59bb17e");
    assertEquals("ACTIVE", deleted.status());
  }

  @Test
  void byCustomIdEscapesTheIdAndReadsAnArray() throws Exception {
    t.reply(200, "[" + AGENT_JSON + "," + AGENT_JSON + "]");
    List<Agent> agents = t.client.execute(api.byCustomId(STREAM, "A/b c?"));
    t.takeEmpty("GET", "/agentassist/api/v1/public/" + STREAM + "/agents/customId/A%2Fb%20c%3F");
    assertEquals(2, agents.size());
  }

  @Test
  void agentInputRejectsWhatKoreWould() {
    assertThrows(NullPointerException.class, () -> AgentInput.builder(null, "a", "b", "r"));
    assertThrows(IllegalArgumentException.class, () -> AgentInput.builder("e", "a", "b", "r").customId("has space"));
    assertThrows(IllegalArgumentException.class, () -> AgentInput.builder("e", "a", "b", "r").chat(0));
  }
}
