package dev.pacer.esputnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.pacer.esputnik.model.AccountInfo;
import dev.pacer.esputnik.model.AppInboxMessage;
import dev.pacer.esputnik.model.EmailMessage;
import dev.pacer.esputnik.model.InstantMessagesStatus;
import dev.pacer.esputnik.model.InteractionStatus;
import dev.pacer.esputnik.model.InteractionStatusChange;
import dev.pacer.esputnik.model.MobilePushMessage;
import dev.pacer.esputnik.model.OutgoingEmail;
import dev.pacer.esputnik.model.OutgoingSms;
import dev.pacer.esputnik.model.OutgoingViber;
import dev.pacer.esputnik.model.PreparedMessageRequest;
import dev.pacer.esputnik.model.Recipient;
import dev.pacer.esputnik.model.SendMessageResults;
import dev.pacer.esputnik.model.SmsMessage;
import dev.pacer.esputnik.model.TelegramMessage;
import dev.pacer.esputnik.model.ViberMessage;
import dev.pacer.vendor.support.testing.TestFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Response;

final class MessagesApiWireTest {
  @AutoClose private final EsputnikTestServer t = EsputnikTestServer.start();
  private final MessagesApi api = t.client.messages();

  static final String EMAIL_MESSAGE_JSON = TestFiles.read(MessagesApiWireTest.class, "fixtures/email-message.json");

  @Test
  void emailMessageReadsContentAndTranslations() throws Exception {
    t.reply(200, EMAIL_MESSAGE_JSON);
    EmailMessage m = t.client.execute(api.emailMessage(2345678));
    t.takeEmpty("GET", "/api/v1/messages/email/2345678");
    assertEquals("\"Shop\" <info@shop.com>", m.from());
    assertEquals(List.of("en", "uk"), m.languages());
    assertEquals("Ласкаво просимо", m.translations().get(0).subject());
  }

  @Test
  void searchEmailMessagesSendsSearchAndPaging() throws Exception {
    t.server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).addHeader("TotalCount", "1")
        .addHeader("Content-Type", "application/json").body("[" + EMAIL_MESSAGE_JSON + "]").build());
    Response<List<EmailMessage>> r = api.searchEmailMessages("welcome", 1, 500).execute();
    t.takeEmpty("GET", "/api/v1/messages/email?search=welcome&startindex=1&maxrows=500");
    assertEquals(1L, EsputnikPaging.totalCount(r));
    assertEquals("Welcome", r.body().get(0).name());
  }

  @Test
  void smsMessageAndSmsSearch() throws Exception {
    t.reply(200, "{\"id\":55,\"name\":\"OTP\",\"from\":\"Shop\",\"text\":\"Code: $code\",\"trackUrls\":false}");
    SmsMessage sms = t.client.execute(api.smsMessage(55));
    t.takeEmpty("GET", "/api/v1/messages/sms/55");
    assertEquals("Code: $code", sms.text());
    t.reply(200, "[]");
    t.client.execute(api.searchSmsMessages(null, 1, 100));
    t.takeEmpty("GET", "/api/v1/messages/sms?startindex=1&maxrows=100");
  }

  @Test
  void sendEmailPostsTheMessageAndReadsASingleResultObject() throws Exception {
    t.reply(200, "{\"results\":{\"locator\":\"ann@example.com\",\"status\":\"OK\",\"requestId\":\"a1b2c3\"}}");
    OutgoingEmail email = OutgoingEmail.builder("\"Shop\" <info@shop.com>", "Your order", "<p>Thanks</p>")
        .to("ann@example.com").tags("order").externalRequestId("ord-7").build();
    SendMessageResults r = t.client.execute(api.sendEmail(email));
    t.takeJson("POST", "/api/v1/message/email", "{\"from\":\"\\\"Shop\\\" <info@shop.com>\",\"subject\":\"Your order\","
        + "\"htmlText\":\"<p>Thanks</p>\",\"emails\":[\"ann@example.com\"],\"tags\":[\"order\"],\"externalRequestId\":\"ord-7\"}");
    assertTrue(r.results().get(0).ok());
    assertEquals("a1b2c3", r.results().get(0).requestId());
  }

  @Test
  void sendSmsPostsTheMessageAndReadsErrors() throws Exception {
    t.reply(200, "{\"results\":[{\"locator\":\"380501234567\",\"status\":\"OK\",\"requestId\":\"r1\"},"
        + "{\"locator\":\"123\",\"status\":\"ERROR\",\"message\":\"Invalid phone number\"}]}");
    SendMessageResults r = t.client.execute(api.sendSms(OutgoingSms.to("Shop", "Code 1234", "380501234567", "123")));
    t.takeJson("POST", "/api/v1/message/sms", "{\"from\":\"Shop\",\"text\":\"Code 1234\",\"phoneNumbers\":[\"380501234567\",\"123\"]}");
    assertFalse(r.results().get(1).ok());
    assertEquals("Invalid phone number", r.results().get(1).message());
  }

  @Test
  void sendPreparedPostsRecipientsToTheMessage() throws Exception {
    t.reply(200, "{\"results\":{\"locator\":\"ann@example.com\",\"status\":\"OK\",\"requestId\":\"r9\"}}");
    PreparedMessageRequest req = PreparedMessageRequest.email(
        Recipient.locator("ann@example.com").withJsonParam("{\"name\":\"Ann\"}"), Recipient.contact(100500L));
    t.client.execute(api.sendPrepared(4242, req));
    t.takeJson("POST", "/api/v1/message/4242/smartsend", "{\"recipients\":["
        + "{\"locator\":\"ann@example.com\",\"jsonParam\":\"{\\\"name\\\":\\\"Ann\\\"}\"},{\"contactId\":100500}],\"email\":true}");
  }

  @Test
  void statusJoinsRequestIds() throws Exception {
    t.reply(200, "[{\"results\":[{\"requestId\":\"r1\",\"status\":\"DELIVERED\",\"delivered\":true,\"failed\":false},"
        + "{\"requestId\":\"r2\",\"status\":\"IN_QUEUE\",\"delivered\":false,\"failed\":false}]}]");
    List<InstantMessagesStatus> s = t.client.execute(api.status(List.of("r1", "r2")));
    t.takeEmpty("GET", "/api/v1/message/status?ids=r1%2Cr2");
    assertTrue(s.get(0).results().get(0).delivered());
    assertEquals("IN_QUEUE", s.get(0).results().get(1).status());
  }

  @Test
  void statusAlsoReadsABareResultsObject() throws Exception {
    t.reply(200, "{\"results\":{\"requestId\":\"r1\",\"status\":\"UNDELIVERED\",\"delivered\":false,\"failed\":true}}");
    List<InstantMessagesStatus> s = t.client.execute(api.status("r1"));
    t.takeEmpty("GET", "/api/v1/message/status?ids=r1");
    assertTrue(s.get(0).results().get(0).failed());
  }

  @Test
  void interactionStatusPutsTokenStatusAndTime() throws Exception {
    t.reply(200, null);
    t.client.execute(api.updateInteractionStatus("2E2E831C-486C-41F9-8E8D-BCD6B7A51A7A",
        InteractionStatusChange.of("fcm-token-1", InteractionStatus.OPENED, Instant.parse("2025-06-04T10:15:30.123Z"))));
    t.takeJson("PUT", "/api/v1/interactions/2E2E831C-486C-41F9-8E8D-BCD6B7A51A7A/status",
        "{\"token\":\"fcm-token-1\",\"status\":\"OPENED\",\"time\":\"2025-06-04T10:15:30Z\"}");
  }

  @Test
  void accountInfoReadsTheOrganisation() throws Exception {
    t.reply(200, "{\"userEmail\":\"owner@shop.com\",\"organisationName\":\"Shop LLC\"}");
    AccountInfo info = t.client.execute(t.client.account().info());
    t.takeEmpty("GET", "/api/v1/account/info");
    assertEquals(new AccountInfo("owner@shop.com", "Shop LLC"), info);
  }

  /** One channel's stored-message read and search, as the test drives them. */
  private Object readMessage(String channel, int id) throws Exception {
    switch (channel) {
      case "viber": return t.client.execute(api.viberMessage(id));
      case "mobilepush": return t.client.execute(api.mobilePushMessage(id));
      case "appinbox": return t.client.execute(api.appInboxMessage(id));
      case "telegram": return t.client.execute(api.telegramMessage(id));
      default: throw new AssertionError(channel);
    }
  }

  private List<?> searchMessages(String channel, String search, Integer start, Integer max) throws Exception {
    switch (channel) {
      case "viber": return t.client.execute(api.searchViberMessages(search, start, max));
      case "mobilepush": return t.client.execute(api.searchMobilePushMessages(search, start, max));
      case "appinbox": return t.client.execute(api.searchAppInboxMessages(search, start, max));
      case "telegram": return t.client.execute(api.searchTelegramMessages(search, start, max));
      default: throw new AssertionError(channel);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"viber", "mobilepush", "appinbox", "telegram"})
  void eachChannelReadsOneStoredMessageAndSearchesThem(String channel) throws Exception {
    String body = "{\"id\":3894567,\"name\":\"Cart\",\"text\":\"You added items\",\"languages\":[\"en\"],"
        + "\"translations\":[{\"id\":3894568,\"name\":\"Cart (uk)\",\"languageCode\":\"uk\"}]}";
    t.reply(200, body);
    Object one = readMessage(channel, 3894567);
    t.takeEmpty("GET", "/api/v1/messages/" + channel + "/3894567");
    assertEquals(3894567, one.getClass().getMethod("id").invoke(one));
    assertEquals("You added items", one.getClass().getMethod("text").invoke(one));
    List<?> translations = (List<?>) one.getClass().getMethod("translations").invoke(one);
    assertEquals(one.getClass(), translations.get(0).getClass());

    t.server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).addHeader("TotalCount", "2")
        .addHeader("Content-Type", "application/json").body("[" + body + "," + body + "]").build());
    List<?> found = searchMessages(channel, "You added items to your cart", 1, 500);
    t.takeEmpty("GET", "/api/v1/messages/" + channel + "?search=You%20added%20items%20to%20your%20cart&startindex=1&maxrows=500");
    assertEquals(2, found.size());
    assertEquals(one, found.get(0));
    t.reply(200, "[]");
    searchMessages(channel, null, null, null);
    t.takeEmpty("GET", "/api/v1/messages/" + channel);
  }

  @Test
  void channelMessagesReadTheirOwnFields() throws Exception {
    t.reply(200, "{\"id\":1,\"from\":\"Shop\",\"smsFallback\":true,\"ttlSec\":86400}");
    ViberMessage viber = t.client.execute(api.viberMessage(1));
    t.take("GET", "/api/v1/messages/viber/1");
    assertEquals(true, viber.smsFallback());
    t.reply(200, "{\"id\":2,\"title\":\"Hi\",\"badgeCount\":50,\"buttons\":[{\"actionId\":\"open\",\"label\":\"Open\"}]}");
    MobilePushMessage push = t.client.execute(api.mobilePushMessage(2));
    t.take("GET", "/api/v1/messages/mobilepush/2");
    assertEquals(new MobilePushMessage.Button("open", "Open", null, null, null), push.buttons().get(0));
    t.reply(200, "{\"id\":3,\"title\":\"Inbox\",\"ttlSec\":3600}");
    AppInboxMessage inbox = t.client.execute(api.appInboxMessage(3));
    t.take("GET", "/api/v1/messages/appinbox/3");
    assertEquals(3600, inbox.ttlSec());
    t.reply(200, "{\"id\":4,\"buttons\":{\"text\":\"Shop\",\"link\":\"https://shop.example.com\"}}");
    TelegramMessage telegram = t.client.execute(api.telegramMessage(4));
    t.take("GET", "/api/v1/messages/telegram/4");
    assertEquals(List.of(new TelegramMessage.Button("Shop", "https://shop.example.com")), telegram.buttons());
  }

  @Test
  void sendViberPostsTheMessageWithEsputniksSpellingOfTheExpiryText() throws Exception {
    t.reply(200, "{\"results\":{\"locator\":\"380501234567\",\"status\":\"OK\",\"requestId\":\"v1\"}}");
    OutgoingViber viber = OutgoingViber.builder("Subscribe to our channel", "Message delivery success")
        .to("380501234567").from("Shop").ttlSeconds(36000)
        .imageWithButton("https://example.com/i.png", "Open", "https://example.com/")
        .tags("promo").externalRequestId("EXT-1").trackUrls(false).subscriptionsKeys("promo").build();
    SendMessageResults r = t.client.execute(api.sendViber(viber));
    t.takeJson("POST", "/api/v1/message/viber", "{\"text\":\"Subscribe to our channel\","
        + "\"iosExpirityText\":\"Message delivery success\",\"phoneNumbers\":[\"380501234567\"],\"from\":\"Shop\","
        + "\"ttlSeconds\":36000,\"img\":\"https://example.com/i.png\",\"caption\":\"Open\","
        + "\"action\":\"https://example.com/\",\"tags\":[\"promo\"],\"externalRequestId\":\"EXT-1\","
        + "\"trackUrls\":false,\"subscriptionsKeys\":[\"promo\"]}");
    assertEquals("v1", r.results().get(0).requestId());
    t.reply(200, "{\"results\":[]}");
    t.client.execute(api.sendViber(OutgoingViber.builder("Hi", "Late").toSegment(2345678).build()));
    t.takeJson("POST", "/api/v1/message/viber", "{\"text\":\"Hi\",\"iosExpirityText\":\"Late\",\"groupId\":2345678}");
  }

  @Test
  void aViberMessageNeedsRecipients() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> OutgoingViber.builder("Hi", "Late").build());
  }
}
