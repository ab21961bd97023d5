package dev.pacer.intercom.webhook;

import static dev.pacer.intercom.webhook.IntercomWebhookVerifierTest.CLIENT_SECRET;
import static dev.pacer.intercom.webhook.IntercomWebhookVerifierTest.signature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.vendor.support.WebhookVerificationException;
import dev.pacer.vendor.support.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Notification bodies shaped like Intercom's documented examples, read through the verifier. */
final class IntercomNotificationJsonTest {
  private final IntercomWebhookVerifier verifier = IntercomWebhookVerifier.create(CLIENT_SECRET);

  private IntercomNotification read(String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return verifier.read(body, signature(CLIENT_SECRET, body));
  }

  private static String envelope(String topic, String item) {
    return "{\"type\":\"notification_event\",\"app_id\":\"ab12cd34\",\"id\":\"notif_ccd8a4d2\",\"topic\":\"" + topic
        + "\",\"delivery_status\":\"pending\",\"delivery_attempts\":1,\"first_sent_at\":1734537440,"
        + "\"created_at\":1734537440,\"links\":{},\"self\":null,\"unknown_future_field\":true,"
        + "\"data\":{\"type\":\"notification_event_data\",\"item\":" + item + "}}";
  }

  @Test
  void aConversationTopicBindsTheItemToConversation() throws Exception {
    IntercomNotification n = read(envelope("conversation.user.created",
        "{\"type\":\"conversation\",\"id\":\"1295\",\"created_at\":1663597223,\"updated_at\":1663597260,"
            + "\"open\":true,\"state\":\"open\",\"read\":false,\"priority\":\"not_priority\","
            + "\"source\":{\"type\":\"conversation\",\"id\":\"403918320\",\"delivered_as\":\"customer_initiated\","
            + "\"body\":\"<p>Hi</p>\",\"author\":{\"type\":\"user\",\"id\":\"6762f0dd1bb69f9f2193bb83\"}},"
            + "\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\",\"id\":\"6762f0dd1bb69f9f2193bb83\"}]},"
            + "\"custom_attributes\":{\"plan\":\"pro\"},\"unknown_item_field\":1}"));
    assertEquals("notification_event", n.type());
    assertEquals("notif_ccd8a4d2", n.id());
    assertEquals("conversation.user.created", n.topic());
    assertEquals("ab12cd34", n.appId());
    assertEquals(Instant.ofEpochSecond(1734537440), n.createdAt());
    assertEquals("1295", n.conversation().id());
    assertEquals(Instant.ofEpochSecond(1663597223), n.conversation().createdAt());
    assertEquals("<p>Hi</p>", n.conversation().source().body());
    assertEquals("pro", n.conversation().customAttributes().get("plan"));
    assertNull(n.contact());
    assertEquals(1, n.raw().get("delivery_attempts").asInt());
    assertEquals("conversation", n.itemType());
  }

  @Test
  void aContactTopicBindsTheItemToContact() throws Exception {
    IntercomNotification n = read(envelope("contact.user.created",
        "{\"type\":\"contact\",\"id\":\"6762f0dd1bb69f9f2193bb83\",\"external_id\":\"70\",\"role\":\"user\","
            + "\"email\":\"joe@bloggs.com\",\"created_at\":1734537437}"));
    assertEquals("joe@bloggs.com", n.contact().email());
    assertEquals("user", n.contact().role());
    assertEquals(Instant.ofEpochSecond(1734537437), n.contact().createdAt());
    assertNull(n.conversation());
  }

  @Test
  void anyOtherItemStaysRawJson() throws Exception {
    IntercomNotification n = read(envelope("contact.tag.created",
        "{\"type\":\"contact_tag\",\"created_at\":1734537440,\"tag\":{\"type\":\"tag\",\"id\":\"102\",\"name\":\"VIP\"},"
            + "\"contact\":{\"type\":\"contact\",\"id\":\"6762f0dd1bb69f9f2193bb83\"}}"));
    assertEquals("contact_tag", n.itemType());
    assertNull(n.conversation());
    assertNull(n.contact());
    assertEquals("VIP", n.item().get("tag").get("name").asText());
  }

  @Test
  void aNotificationWithoutItemReadsAsJsonNull() throws Exception {
    IntercomNotification n = read("{\"type\":\"notification_event\",\"id\":\"notif_2\",\"topic\":\"ping\"}");
    assertTrue(n.item().isNull());
    assertNull(n.itemType());
    assertNull(n.createdAt());
  }

  @Test
  void anItemThatDoesNotFitItsModelIsAMalformedPayload() throws Exception {
    byte[] body = envelope("contact.user.created", "{\"type\":\"contact\",\"created_at\":{\"not\":\"a time\"}}")
        .getBytes(StandardCharsets.UTF_8);
    String header = signature(CLIENT_SECRET, body);
    assertEquals(Reason.MALFORMED_PAYLOAD,
        assertThrows(WebhookVerificationException.class, () -> verifier.read(body, header)).reason());
  }

  @Test
  void toStringNamesTheTopicButNotTheItemsContent() throws Exception {
    IntercomNotification n = read(envelope("contact.user.created",
        "{\"type\":\"contact\",\"id\":\"c1\",\"email\":\"joe@bloggs.com\"}"));
    assertTrue(n.toString().contains("contact.user.created"), n.toString());
    assertFalse(n.toString().contains("joe@bloggs.com"), n.toString());
  }
}
