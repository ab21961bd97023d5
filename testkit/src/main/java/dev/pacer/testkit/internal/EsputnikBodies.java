package dev.pacer.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Canned eSputnik bodies for contacts, events and messages, in the shapes of the eSputnik API
 * reference. {@code GET /api/v1/contacts} honours {@code startindex} (1-based) and
 * {@code maxrows} and sends the {@code TotalCount} header.
 */
final class EsputnikBodies {
  private static final int CONTACTS = 3;

  private static final Template CONTACT_ID_BY_TOKEN =
      Template.parse("GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId");
  private static final Template CONTACTS_SEARCH = Template.parse("GET /api/v1/contacts");
  private static final Template CONTACT_ADD = Template.parse("POST /api/v1/contact");
  private static final Template CONTACT_GET = Template.parse("GET /api/v1/contact/{id}");
  private static final Template EVENT_V1 = Template.parse("POST /api/v1/event");
  private static final Template EVENT_V2 = Template.parse("POST /api/v2/event");
  private static final Template PAST_EVENTS_V1 = Template.parse("POST /api/v1/past_events");
  private static final Template PAST_EVENTS_V2 = Template.parse("POST /api/v2/past_events");
  private static final Template CONTACT_MESSAGES = Template.parse("GET /api/v2/contacts/messages");
  private static final Template EMAIL_MESSAGE = Template.parse("GET /api/v1/messages/email/{id}");
  private static final Template EMAIL_SEARCH = Template.parse("GET /api/v1/messages/email");

  Reply respond(Exchange e) {
    if (CONTACT_ID_BY_TOKEN.matches(e)) {
      return Reply.json(200, "{\"id\":100500}");
    }
    if (CONTACTS_SEARCH.matches(e)) {
      int start = Cursors.intParam(e, "startindex", 1, 1, Integer.MAX_VALUE);
      int max = Cursors.intParam(e, "maxrows", 500, 1, 500);
      List<String> items = new ArrayList<>();
      for (int i = start - 1; i < CONTACTS && items.size() < max; i++) {
        items.add(contact(i));
      }
      return Reply.json(200, Json.array(items)).newBuilder()
          .header("TotalCount", Integer.toString(CONTACTS))
          .build();
    }
    if (CONTACT_ADD.matches(e)) {
      return Reply.json(200, "{\"id\":300001}");
    }
    if (CONTACT_GET.matches(e)) {
      return Reply.json(200, contact(0));
    }
    if (EVENT_V1.matches(e) || EVENT_V2.matches(e)) {
      return Reply.builder(200).build();
    }
    if (PAST_EVENTS_V1.matches(e) || PAST_EVENTS_V2.matches(e)) {
      return Reply.json(200,
          "{\"results\":[{\"status\":\"ACCEPTED\"}],\"successCount\":1,\"errorCount\":0}");
    }
    if (CONTACT_MESSAGES.matches(e)) {
      return Reply.json(200, "[" + contactMessage(1, "email", "DELIVERED") + ","
          + contactMessage(2, "sms", "READ") + "]");
    }
    if (EMAIL_MESSAGE.matches(e)) {
      String id = EMAIL_MESSAGE.variable(e, "id");
      return Reply.json(200, emailMessage(id.matches("\\d{1,9}") ? Integer.parseInt(id) : 7001));
    }
    if (EMAIL_SEARCH.matches(e)) {
      return Reply.json(200, "[" + emailMessage(7001) + "," + emailMessage(7002) + "]");
    }
    return Reply.builder(200).build();
  }

  private static String contact(int i) {
    int n = i + 1;
    return "{\"id\":" + (300_000 + n) + ",\"firstName\":\"Test\",\"lastName\":\"User " + n + "\""
        + ",\"channels\":[{\"type\":\"email\",\"value\":\"user" + n + "@example.com\"}"
        + ",{\"type\":\"sms\",\"value\":\"38050555010" + n + "\"}]"
        + ",\"fields\":[{\"id\":71,\"value\":\"Kyiv\"}],\"addressBookId\":1}";
  }

  private static String contactMessage(int n, String channel, String status) {
    return "{\"contactId\":" + (300_000 + n) + ",\"email\":\"user" + n + "@example.com\""
        + ",\"phone\":\"38050555010" + n + "\",\"messageId\":" + (7000 + n)
        + ",\"messageInstanceId\":" + (900_000 + n) + ",\"messageTags\":[\"promo\"]"
        + ",\"channelType\":" + Json.quote(channel)
        + ",\"sentDateTime\":\"2025-01-0" + n + "T10:00:00\",\"activityStatus\":" + Json.quote(status)
        + ",\"from\":\"shop@example.com\",\"subject\":\"Winter sale\",\"text\":\"Hello!\""
        + ",\"viewMessageLink\":\"https://esputnik.com/view/" + (900_000 + n) + "\"}";
  }

  private static String emailMessage(int id) {
    return "{\"id\":" + id + ",\"name\":\"Welcome " + id + "\",\"from\":\"\\\"Shop\\\" <shop@example.com>\""
        + ",\"subject\":\"Welcome aboard\",\"htmlText\":\"<html><body><p>Hello!</p></body></html>\""
        + ",\"rawHtml\":null,\"ampHtml\":null,\"css\":\"\",\"languageCode\":\"en\""
        + ",\"tags\":[\"welcome\"],\"subscriptionsKeys\":[],\"languages\":[\"en\"],\"translations\":[]}";
  }
}
