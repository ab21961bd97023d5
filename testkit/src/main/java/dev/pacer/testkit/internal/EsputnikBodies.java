package dev.pacer.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Canned eSputnik bodies for contacts, segments, orders, events and messages, in the shapes of the
 * eSputnik API reference. {@code GET /api/v1/contacts} and {@code GET /api/v1/group/{id}/contacts}
 * honour {@code startindex} (1-based) and {@code maxrows} and send the {@code TotalCount} header.
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
  private static final Template GROUPS = Template.parse("GET /api/v1/groups");
  private static final Template GROUP_CONTACTS = Template.parse("GET /api/v1/group/{id}/contacts");
  private static final Template ORDERS = Template.parse("POST /api/v1/orders");
  private static final Template ACTIVITY = Template.parse("GET /api/v2/contacts/activity");
  private static final Template ADDRESS_BOOKS = Template.parse("GET /api/v1/addressbooks");
  private static final Template CONTACT_SUBSCRIPTIONS = Template.parse("GET /api/v1/contact/{id}/subscriptions");
  private static final Template SUBSCRIPTIONS = Template.parse("GET /api/v1/subscriptions");
  private static final Template SEND_VIBER = Template.parse("POST /api/v1/message/viber");
  private static final List<Template> CHANNEL_MESSAGE = List.of(
      Template.parse("GET /api/v1/messages/viber/{id}"), Template.parse("GET /api/v1/messages/mobilepush/{id}"),
      Template.parse("GET /api/v1/messages/appinbox/{id}"), Template.parse("GET /api/v1/messages/telegram/{id}"));
  private static final List<Template> CHANNEL_SEARCH = List.of(
      Template.parse("GET /api/v1/messages/viber"), Template.parse("GET /api/v1/messages/mobilepush"),
      Template.parse("GET /api/v1/messages/appinbox"), Template.parse("GET /api/v1/messages/telegram"));

  Reply respond(Exchange e) {
    if (CONTACT_ID_BY_TOKEN.matches(e)) {
      return Reply.json(200, "{\"id\":100500}");
    }
    if (CONTACTS_SEARCH.matches(e) || GROUP_CONTACTS.matches(e)) {
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
    if (GROUPS.matches(e)) {
      return Reply.json(200, "[{\"id\":200400,\"name\":\"VIP\",\"type\":\"Static\"},"
          + "{\"id\":200401,\"name\":\"Active\",\"type\":\"Dynamic\"}]");
    }
    if (ORDERS.matches(e)) {
      return Reply.json(200, "{\"failedOrders\":[]}");
    }
    if (ACTIVITY.matches(e)) {
      return Reply.json(200, "[{\"contactId\":300001,\"email\":\"user1@example.com\",\"mediaType\":\"email\","
          + "\"activityStatus\":\"READ\",\"messageId\":7001,\"activityDateTime\":\"2025-01-01T10:00:00\","
          + "\"offset\":\"activity-1\"}]");
    }
    if (ADDRESS_BOOKS.matches(e)) {
      return Reply.json(200, "{\"addressBook\":{\"addressBookId\":1,\"name\":\"Main\",\"fieldGroups\":"
          + "{\"name\":\"Personal\",\"profileKey\":\"personal\",\"fields\":{\"id\":71,\"name\":\"City\","
          + "\"fieldKey\":\"city\",\"description\":{\"type\":\"TEXTFIELD\",\"required\":false,\"readonly\":false}}}}}");
    }
    if (CONTACT_SUBSCRIPTIONS.matches(e) || SUBSCRIPTIONS.matches(e)) {
      return Reply.json(200, "[{\"id\":12,\"key\":\"news\",\"groupId\":2345678,\"name\":\"Newsletter\"}]");
    }
    if (SEND_VIBER.matches(e)) {
      return Reply.json(200, "{\"results\":{\"locator\":\"380505550101\",\"status\":\"OK\",\"requestId\":\"viber-1\"}}");
    }
    for (Template t : CHANNEL_MESSAGE) {
      if (t.matches(e)) {
        String id = t.variable(e, "id");
        return Reply.json(200, channelMessage(id.matches("\\d{1,9}") ? Integer.parseInt(id) : 8001));
      }
    }
    for (Template t : CHANNEL_SEARCH) {
      if (t.matches(e)) {
        return Reply.json(200, "[" + channelMessage(8001) + "," + channelMessage(8002) + "]").newBuilder()
            .header("TotalCount", "2")
            .build();
      }
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

  /** A stored message of a non-email channel: the fields Viber, mobile push, app inbox and Telegram share. */
  private static String channelMessage(int id) {
    return "{\"id\":" + id + ",\"name\":\"Message " + id + "\",\"languageCode\":\"en\",\"tags\":[\"promo\"]"
        + ",\"text\":\"Hello!\",\"languages\":[\"en\"],\"translations\":[]}";
  }
}
