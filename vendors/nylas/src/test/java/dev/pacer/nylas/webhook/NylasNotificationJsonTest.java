package dev.pacer.nylas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.nylas.model.Message;
import dev.pacer.vendor.support.VendorJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Delivery bodies shaped like Nylas's documented v2 examples, read through the verifier and written back. */
final class NylasNotificationJsonTest {
  private static final String CLIENT_SECRET = NylasWebhookVerifierTest.CLIENT_SECRET;
  private final NylasWebhookVerifier verifier = NylasWebhookVerifier.create(CLIENT_SECRET);

  private NylasNotification read(String json) throws Exception {
    return verifier.read(json.getBytes(StandardCharsets.UTF_8), NylasWebhookVerifierTest.signature(CLIENT_SECRET, json));
  }

  @Test
  void aMessageCreatedDeltaReadsItsIdentityAndAttributes() throws Exception {
    NylasNotification n = read(NylasWebhookVerifierTest.MESSAGE_CREATED);
    NylasNotification.WebhookDelta d = n.deltas().get(0);
    assertEquals(Instant.ofEpochSecond(1602623196), d.date());
    assertEquals("message", d.object());
    assertEquals("message.created", d.type());
    assertEquals("message", d.objectData().object());
    assertEquals("93mgpjynqqu5fohl2dvv6ray7", d.objectData().id());
    assertEquals("aaz875kwuvxik6ku7pwkqp3ah", d.objectData().accountId());
    assertEquals("aaz875kwuvxik6ku7pwkqp3ah", d.objectData().namespaceId());
    assertEquals("2u152dt4tnq9j61j8seg26ni6", d.objectData().attributes().get("thread_id").asText());
    assertTrue(d.objectData().metadata() == null || d.objectData().metadata().isNull());
    Message m = d.objectData().attributesAs(Message.class);
    assertEquals("2u152dt4tnq9j61j8seg26ni6", m.threadId());
  }

  @Test
  void aTrackingDeltaKeepsItsMetadataAndSeveralDeltasKeepTheirOrder() throws Exception {
    String json = "{\"deltas\":[{\"date\":1602623300,\"object\":\"metadata\",\"type\":\"message.opened\","
        + "\"object_data\":{\"namespace_id\":\"ns1\",\"account_id\":\"acc1\",\"object\":\"metadata\","
        + "\"id\":\"meta1\",\"metadata\":{\"message_id\":\"m1\",\"sender_app_id\":64280,\"count\":1,"
        + "\"payload\":\"campaign-7\",\"timestamp\":1602623299,\"recents\":[{\"ip\":\"203.0.113.5\"}]},"
        + "\"unknown_future\":1}},"
        + "{\"date\":1602623301,\"object\":\"account\",\"type\":\"account.connected\",\"object_data\":"
        + "{\"namespace_id\":\"acc2\",\"account_id\":\"acc2\",\"object\":\"account\",\"id\":\"acc2\",\"attributes\":null}}]}";
    NylasNotification n = read(json);
    assertEquals(2, n.deltas().size());
    assertEquals("campaign-7", n.deltas().get(0).objectData().metadata().get("payload").asText());
    assertEquals("account.connected", n.deltas().get(1).type());
    assertNull(n.deltas().get(1).objectData().attributesAs(Message.class));
  }

  @Test
  void aNotificationWritesBackAndReadsIntoAnEqualValue() throws Exception {
    ObjectMapper mapper = VendorJson.newMapper();
    NylasNotification n = read(NylasWebhookVerifierTest.MESSAGE_CREATED);
    String written = mapper.writeValueAsString(n);
    assertTrue(written.contains("\"object_data\""), written);
    assertTrue(written.contains("\"account_id\""), written);
    assertEquals(n, mapper.readValue(written, NylasNotification.class));
  }

  @Test
  void attributesThatDoNotFitTheModelFailClearly() throws Exception {
    String json = "{\"deltas\":[{\"date\":1,\"object\":\"message\",\"type\":\"message.updated\",\"object_data\":"
        + "{\"id\":\"m1\",\"object\":\"message\",\"attributes\":{\"thread_id\":{\"no\":1}}}}]}";
    NylasNotification.ObjectData data = read(json).deltas().get(0).objectData();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.attributesAs(Message.class));
    assertTrue(e.getMessage().contains("m1"), e.getMessage());
  }

  @Test
  void anEmptyBatchIsEmpty() throws Exception {
    assertTrue(read("{\"deltas\":[]}").deltas().isEmpty());
  }
}
