package dev.pacer.koreccai;

import static dev.pacer.koreccai.KoreTestServer.ACCOUNT;
import static dev.pacer.koreccai.KoreTestServer.STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.koreccai.model.AgentActivity;
import dev.pacer.koreccai.model.DayHours;
import dev.pacer.koreccai.model.HoursOfOperation;
import dev.pacer.koreccai.model.WfmAgent;
import dev.pacer.koreccai.model.WfmQueue;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class WfmAndHoursWireTest {
  private static final String BASE = "/agentassist/api/public/analytics/account/" + ACCOUNT;

  @AutoClose private final KoreTestServer t = KoreTestServer.start();

  @Test
  void agentsSendsOffsetLimitAndIidAndReadsABareArray() throws Exception {
    t.reply(200, "[{\"accountId\":\"63fb9a0f90425b644d3exxxx\",\"agentId\":\"a-59bb17e-0cae\","
        + "\"firstName\":\"Tony\",\"lastName\":\"Stark\"}]");
    List<WfmAgent> agents = t.client.execute(t.client.wfm().agents(ACCOUNT, STREAM, 0, 5));
    RecordedRequest r = t.takeEmpty("GET", BASE + "/agents?offset=0&limit=5");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals(List.of(new WfmAgent("63fb9a0f90425b644d3exxxx", "a-59bb17e-0cae", "Tony", "Stark")), agents);
  }

  @Test
  void queuesReadDescriptionInEitherCase() throws Exception {
    t.reply(200, "[{\"accountId\":\"63fb\",\"collectionPointId\":\"qu-1\",\"Description\":\"Billing\"},"
        + "{\"accountId\":\"63fb\",\"collectionPointId\":\"qu-2\",\"description\":\"Sales\"}]");
    List<WfmQueue> queues = t.client.execute(t.client.wfm().queues(ACCOUNT, STREAM));
    t.takeEmpty("GET", BASE + "/queues");
    assertEquals("Billing", queues.get(0).description());
    assertEquals("Sales", queues.get(1).description());
  }

  @Test
  void agentActivitySendsIsoInstantsAndReadsPascalCase() throws Exception {
    t.reply(200, "{\"accountId\":\"63fb9a0f90425b644d3exxxx\",\"AgentUpdates\":[{\"AgentId\":\"a-59bb17e\","
        + "\"EventTime\":\"10/20/2020 2:13:12\",\"Activity\":\"notready\",\"ReasonCode\":\"1\"}]}");
    AgentActivity activity = t.client.execute(t.client.wfm().agentActivity(ACCOUNT, STREAM,
        Instant.parse("2023-04-02T09:45:00.250Z"), Instant.parse("2023-04-06T10:00:00Z")));
    RecordedRequest r = t.takeEmpty("GET",
        BASE + "/agentactivity?fromTimeStamp=2023-04-02T09%3A45%3A00Z&toTimeStamp=2023-04-06T10%3A00%3A00Z");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals("notready", activity.agentUpdates().get(0).activity());
    assertEquals("10/20/2020 2:13:12", activity.agentUpdates().get(0).eventTime());
    assertEquals("1", activity.agentUpdates().get(0).reasonCode());
  }

  @Test
  void agentActivityReadsCamelCaseToo() throws Exception {
    t.reply(200, "{\"accountId\":\"63fb\",\"agentUpdates\":[{\"agentId\":\"a-1\",\"eventTime\":\"1/2/2024 3:04:05\","
        + "\"activity\":\"available\",\"reasonCode\":\"\"}]}");
    AgentActivity activity = t.client.execute(t.client.wfm().agentActivity(ACCOUNT, STREAM,
        "2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z"));
    t.takeEmpty("GET", BASE + "/agentactivity?fromTimeStamp=2024-01-02T00%3A00%3A00Z&toTimeStamp=2024-01-03T00%3A00%3A00Z");
    assertEquals("a-1", activity.agentUpdates().get(0).agentId());
    assertThrows(IllegalArgumentException.class, () -> t.client.wfm().agentActivity(ACCOUNT, STREAM,
        Instant.parse("2024-01-03T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")));
  }

  @Test
  void hoursOfOperationReadsTheWeeklySchedule() throws Exception {
    t.reply(200, "{\"id\":\"h-5f0c\",\"name\":\"Default Hours\",\"lname\":\"default hours\","
        + "\"standardDays\":{\"frequency\":\"WEEKLY\",\"days\":[{\"day\":\"MO\",\"start\":\"9:00 AM\",\"end\":\"11:00 PM\"},"
        + "{\"day\":\"TU\",\"start\":\"9:00 AM\",\"end\":\"5:00 PM\"}]},"
        + "\"specialDays\":{\"frequency\":\"YEARLY\",\"days\":[]},\"status\":\"ACTIVE\",\"isDefault\":true,"
        + "\"orgId\":\"o-1\",\"createdBy\":\"u-1\",\"timezone\":\"America/New_York\",\"isHoursOfOperationValid\":true}");
    HoursOfOperation h = t.client.execute(t.client.hoursOfOperation().forQueue("o-1", "qu-1", STREAM));
    RecordedRequest r = t.takeEmpty("GET", "/agentassist/api/public/organizations/o-1/operationshours/qu-1");
    assertEquals(STREAM, r.getHeaders().get("iId"));
    assertEquals(new DayHours("MO", "9:00 AM", "11:00 PM"), h.standardDays().days().get(0));
    assertEquals("WEEKLY", h.standardDays().frequency());
    assertEquals("YEARLY", h.specialDays().get("frequency").asText());
    assertEquals("America/New_York", h.timezone());
    assertEquals(Boolean.TRUE, h.isHoursOfOperationValid());
  }
}
