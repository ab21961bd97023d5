package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.JSON;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.koreccai.model.FunctionalityType;
import dev.pacer.koreccai.model.ImportMetaData;
import dev.pacer.koreccai.model.ImportRequest;
import dev.pacer.koreccai.model.ImportResult;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The import and export calls, as they go over the wire. */
final class ImportExportWireTest {
  private static final String SKILL_GROUP = "{\"_id\":\"6656d350\",\"name\":\"Default SkillGroup\",\"status\":\"ACTIVE\","
      + "\"skills\":[{\"_id\":\"6656d351\",\"name\":\"Default Skill\",\"isDefault\":true}],\"isDefault\":true}";
  private static final String QUERY = "?accountId=" + ACCOUNT + "&orgId=o-7d15&type=skillGroups";

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void exportGetsTheEntitiesOfATypeInV2AndV1() throws Exception {
    t.reply(200, "[" + SKILL_GROUP + "]");
    List<JsonNode> groups = t.client.execute(t.client.importExport().export(STREAM, ACCOUNT, "o-7d15",
        FunctionalityType.SKILL_GROUPS));
    t.takeEmpty("GET", "/agentassist/api/v1/public/analytics/" + STREAM + "/retrieveSmartAssistFunctionalities" + QUERY);
    assertEquals("Default Skill", groups.get(0).get("skills").get(0).get("name").asText());

    t.reply(200, "[]");
    assertEquals(List.of(), t.client.execute(t.client.importExport().exportV1(STREAM, ACCOUNT, "o-7d15",
        FunctionalityType.SKILL_GROUPS)));
    t.takeEmpty("GET", "/agentassist/api/public/analytics/" + STREAM + "/importSmartAssistFunctionalities" + QUERY);
  }

  @Test
  void importPostsDataAndMetaDataInV2AndV1() throws Exception {
    ImportRequest request = new ImportRequest(List.of(JSON.readTree(SKILL_GROUP)),
        new ImportMetaData("u-82e3", "o-7d15", FunctionalityType.SKILL_GROUPS, ACCOUNT));
    String body = "{\"data\":[" + SKILL_GROUP + "],\"metaData\":{\"userId\":\"u-82e3\",\"orgId\":\"o-7d15\","
        + "\"type\":\"skillGroups\",\"accountId\":\"" + ACCOUNT + "\"}}";
    t.reply(200, "{\"msg\":\"Imported skill groups data successfully\"}");
    ImportResult r = t.client.execute(t.client.importExport().importData(STREAM, ACCOUNT, "o-7d15",
        FunctionalityType.SKILL_GROUPS, request));
    t.takeJson("POST", "/agentassist/api/v1/public/analytics/" + STREAM + "/storeSmartAssistFunctionalities" + QUERY, body);
    assertEquals(new ImportResult("Imported skill groups data successfully"), r);

    t.reply(200, "[" + SKILL_GROUP + "]");
    JsonNode saved = t.client.execute(t.client.importExport().importDataV1(STREAM, request));
    t.takeJson("POST", "/agentassist/api/public/analytics/" + STREAM + "/exportSmartAssistFunctionalities", body);
    assertEquals("6656d350", saved.get(0).get("_id").asText());
  }

  @Test
  void importNeedsItsMetaData() {
    assertThrows(NullPointerException.class, () -> new ImportMetaData("u", "o", null, "a"));
    assertThrows(NullPointerException.class, () -> new ImportRequest(List.of(), null));
  }
}
