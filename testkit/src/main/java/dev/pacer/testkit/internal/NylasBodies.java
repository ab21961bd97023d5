package dev.pacer.testkit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Canned Nylas v2 bodies for the account, messages, threads, contacts, folders, labels, files (a
 * download is a short text body), calendars, free/busy and availability, rooms, events, job
 * statuses, the outbox, deltas, and the application's IP addresses and webhooks. Lists are bare
 * arrays that honour {@code limit}, {@code offset} and {@code view=ids|count};
 * {@code /delta/streaming} streams newline-separated deltas and {@code /delta/longpoll} answers
 * one delta cursor when its hold ends (at most {@code timeout} seconds when given).
 */
final class NylasBodies {
  private static final String ACCOUNT_ID = "5tgncdmczat02216u7d6uypyi";
  private static final long DATE = 1_735_689_600L; // 2025-01-01T00:00:00Z
  private static final int MESSAGES = 4;
  private static final int THREADS = 3;
  private static final int CONTACTS = 3;

  private static final Template ACCOUNT = Template.parse("GET /account");
  private static final Template MESSAGES_LIST = Template.parse("GET /messages");
  private static final Template MESSAGES_SEARCH = Template.parse("GET /messages/search");
  private static final Template MESSAGE = Template.parse("* /messages/{id}");
  private static final Template THREADS_LIST = Template.parse("GET /threads");
  private static final Template THREADS_SEARCH = Template.parse("GET /threads/search");
  private static final Template THREAD = Template.parse("* /threads/{id}");
  private static final Template CONTACTS_LIST = Template.parse("GET /contacts");
  private static final Template CONTACT_CREATE = Template.parse("POST /contacts");
  private static final Template CONTACT_GROUPS = Template.parse("GET /contacts/groups");
  private static final Template CONTACT = Template.parse("* /contacts/{id}");
  private static final Template LATEST_CURSOR = Template.parse("POST /delta/latest_cursor");
  private static final Template DELTA = Template.parse("GET /delta");
  private static final Template LONGPOLL = Template.parse("GET /delta/longpoll");
  private static final Template STREAMING = Template.parse("GET /delta/streaming");
  private static final Template IP_ADDRESSES = Template.parse("GET /a/{client_id}/ip_addresses");
  private static final Template APP_ACCOUNTS = Template.parse("GET /a/{client_id}/accounts");
  private static final Template FOLDERS_LIST = Template.parse("GET /folders");
  private static final Template FOLDER_CREATE = Template.parse("POST /folders");
  private static final Template FOLDER = Template.parse("* /folders/{id}");
  private static final Template LABELS_LIST = Template.parse("GET /labels");
  private static final Template LABEL_CREATE = Template.parse("POST /labels");
  private static final Template LABEL = Template.parse("* /labels/{id}");
  private static final Template FILES_LIST = Template.parse("GET /files");
  private static final Template FILE_UPLOAD = Template.parse("POST /files");
  private static final Template FILE_DOWNLOAD = Template.parse("GET /files/{id}/download");
  private static final Template FILE = Template.parse("* /files/{id}");
  private static final int FILES = 2;
  private static final Template CALENDARS_LIST = Template.parse("GET /calendars");
  private static final Template CALENDAR_CREATE = Template.parse("POST /calendars");
  private static final Template FREE_BUSY = Template.parse("POST /calendars/free-busy");
  private static final Template AVAILABILITY = Template.parse("POST /calendars/availability");
  private static final Template CONSECUTIVE = Template.parse("POST /calendars/availability/consecutive");
  private static final Template RESOURCES = Template.parse("GET /resources");
  private static final Template CALENDAR = Template.parse("* /calendars/{id}");
  private static final Template EVENTS_LIST = Template.parse("GET /events");
  private static final Template EVENT_CREATE = Template.parse("POST /events");
  private static final Template EVENT = Template.parse("* /events/{id}");
  private static final Template SEND_RSVP = Template.parse("POST /send-rsvp");
  private static final int CALENDARS = 2;
  private static final Template JOB_STATUSES_LIST = Template.parse("GET /job-statuses");
  private static final Template JOB_STATUS = Template.parse("GET /job-statuses/{id}");
  private static final Template OUTBOX_LIST = Template.parse("GET /outbox");
  private static final Template OUTBOX_SCHEDULE = Template.parse("POST /outbox");
  private static final Template OUTBOX_RESCHEDULE = Template.parse("PUT /outbox/{id}");
  private static final Template OUTBOX_CANCEL = Template.parse("DELETE /outbox/{id}");
  private static final Template WEBHOOKS_LIST = Template.parse("GET /a/{client_id}/webhooks");
  private static final Template WEBHOOK_CREATE = Template.parse("POST /a/{client_id}/webhooks");
  private static final Template WEBHOOK = Template.parse("* /a/{client_id}/webhooks/{id}");
  private static final int EVENTS = 3;
  private static final String[] FOLDER_NAMES = {"inbox", "sent", "archive"};

  Reply respond(Exchange e, long nowMillis) {
    if (ACCOUNT.matches(e)) {
      return Reply.json(200, "{\"id\":\"" + ACCOUNT_ID + "\",\"object\":\"account\""
          + ",\"account_id\":\"" + ACCOUNT_ID + "\",\"name\":\"Test User\""
          + ",\"email_address\":\"user@example.com\",\"provider\":\"gmail\""
          + ",\"organization_unit\":\"label\",\"sync_state\":\"running\",\"linked_at\":" + DATE + "}");
    }
    if (MESSAGES_LIST.matches(e) || MESSAGES_SEARCH.matches(e)) {
      return list(e, MESSAGES, NylasBodies::messageId, NylasBodies::message);
    }
    if (MESSAGE.matches(e)) {
      return Reply.json(200, message(0));
    }
    if (THREADS_LIST.matches(e) || THREADS_SEARCH.matches(e)) {
      return list(e, THREADS, NylasBodies::threadId, NylasBodies::thread);
    }
    if (THREAD.matches(e)) {
      return Reply.json(200, thread(0));
    }
    if (CONTACT_GROUPS.matches(e)) {
      return Reply.json(200, "[{\"id\":\"g1\",\"object\":\"contact_group\",\"account_id\":\""
          + ACCOUNT_ID + "\",\"name\":\"Friends\",\"path\":\"Contacts/Friends\"}]");
    }
    if (CONTACTS_LIST.matches(e)) {
      return list(e, CONTACTS, NylasBodies::contactId, NylasBodies::contact);
    }
    if (CONTACT_CREATE.matches(e)) {
      return Reply.json(200, contact(0));
    }
    if (CONTACT.matches(e)) {
      return e.method().equals("DELETE") ? Reply.json(200, "{}") : Reply.json(200, contact(0));
    }
    if (LATEST_CURSOR.matches(e)) {
      return Reply.json(200, "{\"cursor\":\"" + cursor(nowMillis) + "\"}");
    }
    if (DELTA.matches(e)) {
      return Reply.json(200, deltaCursor(e, nowMillis));
    }
    if (LONGPOLL.matches(e)) {
      Reply.Builder reply = Reply.json(200, deltaCursor(e, nowMillis)).newBuilder()
          .kind(Reply.Kind.LONG_POLL);
      int timeout = Cursors.intParam(e, "timeout", -1, 0, Integer.MAX_VALUE);
      if (timeout >= 0) {
        reply.maxHold(Duration.ofSeconds(timeout));
      }
      return reply.build();
    }
    if (STREAMING.matches(e)) {
      return Reply.builder(200)
          .header("Content-Type", "application/json; charset=utf-8")
          .body(delta(cursor(nowMillis), 0) + "\n" + delta(cursor(nowMillis + 1), 1) + "\n")
          .kind(Reply.Kind.STREAM)
          .build();
    }
    if (IP_ADDRESSES.matches(e)) {
      return Reply.json(200, "{\"ip_addresses\":[\"52.25.153.17\",\"52.26.120.161\""
          + ",\"52.39.252.208\"],\"updated_at\":" + DATE + "}");
    }
    if (APP_ACCOUNTS.matches(e)) {
      return Reply.json(200, "[{\"id\":\"" + ACCOUNT_ID + "\",\"account_id\":\"" + ACCOUNT_ID
          + "\",\"email\":\"user@example.com\",\"provider\":\"gmail\",\"sync_state\":\"running\""
          + ",\"billing_state\":\"paid\",\"trial\":false,\"authentication_type\":\"password\"}]");
    }
    if (FOLDERS_LIST.matches(e)) {
      return list(e, FOLDER_NAMES.length, i -> categoryId("folder", i), i -> category("folder", i));
    }
    if (FOLDER_CREATE.matches(e) || FOLDER.matches(e)) {
      return e.method().equals("DELETE") ? Reply.json(200, "{}") : Reply.json(200, category("folder", 0));
    }
    if (LABELS_LIST.matches(e)) {
      return list(e, FOLDER_NAMES.length, i -> categoryId("label", i), i -> category("label", i));
    }
    if (LABEL_CREATE.matches(e) || LABEL.matches(e)) {
      return e.method().equals("DELETE") ? jobStatusRef() : Reply.json(200, category("label", 0));
    }
    if (FILES_LIST.matches(e)) {
      return list(e, FILES, NylasBodies::fileId, NylasBodies::file);
    }
    if (FILE_UPLOAD.matches(e)) {
      return Reply.json(200, "[" + file(0) + "]");
    }
    if (FILE_DOWNLOAD.matches(e)) {
      return Reply.builder(200).header("Content-Type", "text/plain").body("Quarterly report\n").build();
    }
    if (FILE.matches(e)) {
      return e.method().equals("DELETE") ? Reply.json(200, "{}") : Reply.json(200, file(0));
    }
    if (CALENDARS_LIST.matches(e)) {
      return list(e, CALENDARS, NylasBodies::calendarId, NylasBodies::calendar);
    }
    if (FREE_BUSY.matches(e)) {
      return Reply.json(200, "[{\"object\":\"free_busy\",\"email\":\"user@example.com\",\"time_slots\":"
          + "[{\"object\":\"time_slot\",\"status\":\"busy\",\"start_time\":" + DATE + ",\"end_time\":"
          + (DATE + 3600) + "}]}]");
    }
    if (AVAILABILITY.matches(e)) {
      return Reply.json(200, "{\"object\":\"availability\",\"time_slots\":[{\"object\":\"time_slot\""
          + ",\"status\":\"free\",\"start_time\":" + DATE + ",\"end_time\":" + (DATE + 1800) + "}]}");
    }
    if (CONSECUTIVE.matches(e)) {
      return Reply.json(200, "[[{\"emails\":[\"person1@example.com\"],\"start_time\":" + DATE
          + ",\"end_time\":" + (DATE + 1800) + "}]]");
    }
    if (RESOURCES.matches(e)) {
      return Reply.json(200, "[{\"object\":\"room_resource\",\"email\":\"room-1@example.com\""
          + ",\"name\":\"Room 1\",\"capacity\":\"8\",\"building\":\"Main\",\"floor_name\":\"1\""
          + ",\"floor_number\":\"1\"}]");
    }
    if (CALENDAR_CREATE.matches(e) || CALENDAR.matches(e)) {
      return e.method().equals("DELETE") ? jobStatusRef() : Reply.json(200, calendar(0));
    }
    if (EVENTS_LIST.matches(e)) {
      return list(e, EVENTS, NylasBodies::eventId, NylasBodies::event);
    }
    if (EVENT_CREATE.matches(e) || EVENT.matches(e) || SEND_RSVP.matches(e)) {
      return e.method().equals("DELETE") ? Reply.json(200, "{}") : Reply.json(200, event(0));
    }
    if (JOB_STATUSES_LIST.matches(e)) {
      return Reply.json(200, "[" + jobStatus("update_message", nowMillis) + "]");
    }
    if (JOB_STATUS.matches(e) || OUTBOX_RESCHEDULE.matches(e)) {
      return Reply.json(200, jobStatus(JOB_STATUS.matches(e) ? "update_message" : "outbox", nowMillis));
    }
    if (OUTBOX_LIST.matches(e)) {
      return Reply.json(200, "[" + outboxMessage(nowMillis) + "]");
    }
    if (OUTBOX_SCHEDULE.matches(e) || OUTBOX_CANCEL.matches(e)) {
      return Reply.json(200, outboxMessage(nowMillis));
    }
    if (WEBHOOKS_LIST.matches(e)) {
      return Reply.json(200, "[" + webhook(e) + "]");
    }
    if (WEBHOOK_CREATE.matches(e) || WEBHOOK.matches(e)) {
      return e.method().equals("DELETE") ? Reply.json(200, "{}") : Reply.json(200, webhook(e));
    }
    return Reply.json(200, "{}");
  }

  private static String jobStatus(String action, long nowMillis) {
    return "{\"id\":\"" + messageId(0) + "\",\"object\":\"message\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"job_status_id\":\"job" + Long.toString(nowMillis, 36) + "\",\"action\":\"" + action
        + "\",\"status\":\"successful\",\"created_at\":" + nowMillis / 1000 + "}";
  }

  private static String outboxMessage(long nowMillis) {
    long now = nowMillis / 1000;
    return "{\"id\":\"dra7000m3k1s9qpa\",\"object\":\"draft\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"subject\":\"Scheduled\",\"to\":[" + participant(2) + "],\"from\":[" + participant(1) + "]"
        + ",\"body\":\"<p>Later</p>\",\"unread\":false,\"starred\":false,\"version\":0"
        + ",\"job_status_id\":\"job7000outbox\",\"status\":\"pending\",\"action\":\"outbox\""
        + ",\"created_at\":" + now + ",\"send_at\":" + (now + 3600) + "}";
  }

  private static String webhook(Exchange e) {
    return "{\"id\":\"whk7000p4c9xq2m1\",\"application_id\":" + Json.quote(e.segments().get(1))
        + ",\"callback_url\":\"https://hooks.example.com/nylas\",\"state\":\"active\""
        + ",\"triggers\":[\"message.created\"],\"version\":\"2.0\"}";
  }

  private static String calendarId(int i) {
    return "cal" + (5000 + i) + "w2nb7cjd4ugm";
  }

  private static String calendar(int i) {
    return "{\"id\":\"" + calendarId(i) + "\",\"object\":\"calendar\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"name\":\"Calendar " + (i + 1) + "\",\"description\":null,\"location\":null"
        + ",\"timezone\":\"UTC\",\"read_only\":false,\"is_primary\":" + (i == 0) + "}";
  }

  private static String eventId(int i) {
    return "evt" + (6000 + i) + "r8zk1vpl3c2d";
  }

  private static String event(int i) {
    long start = DATE + 3600L * i;
    return "{\"id\":\"" + eventId(i) + "\",\"object\":\"event\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"calendar_id\":\"" + calendarId(0) + "\",\"ical_uid\":null,\"message_id\":null"
        + ",\"title\":\"Planning " + (i + 1) + "\",\"description\":null,\"location\":\"Room 1\""
        + ",\"owner\":\"Test User <user@example.com>\",\"participants\":[{\"name\":\"Person 1\""
        + ",\"email\":\"person1@example.com\",\"status\":\"yes\",\"comment\":null}]"
        + ",\"read_only\":false,\"busy\":true,\"status\":\"confirmed\""
        + ",\"when\":{\"object\":\"timespan\",\"start_time\":" + start + ",\"end_time\":" + (start + 1800) + "}}";
  }

  private static String fileId(int i) {
    return "fil" + (4000 + i) + "q2ks8dmq0v1k";
  }

  private static String file(int i) {
    return "{\"id\":\"" + fileId(i) + "\",\"object\":\"file\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"content_type\":\"text/plain\",\"filename\":\"report-" + (i + 1) + ".txt\",\"size\":17}";
  }

  /** A folder or label ({@code kind}) with one of the standard names. */
  private static String category(String kind, int i) {
    String name = FOLDER_NAMES[i];
    return "{\"id\":\"" + categoryId(kind, i) + "\",\"object\":\"" + kind
        + "\",\"account_id\":\"" + ACCOUNT_ID + "\",\"name\":\"" + name + "\",\"display_name\":\""
        + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "\"}";
  }

  private static String categoryId(String kind, int i) {
    return (kind.equals("folder") ? "fld-" : "lbl-") + FOLDER_NAMES[i];
  }

  private static Reply jobStatusRef() {
    return Reply.json(200, "{\"job_status_id\":\"job-" + ACCOUNT_ID + "\"}");
  }

  private static Reply list(
      Exchange e, int total, IntFunction<String> id, IntFunction<String> item) {
    String view = e.query("view");
    if ("count".equals(view)) {
      return Reply.json(200, "{\"count\":" + total + "}");
    }
    int offset = Cursors.intParam(e, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Cursors.intParam(e, "limit", 100, 0, 1000);
    List<String> items = new ArrayList<>();
    for (int i = offset; i < total && items.size() < limit; i++) {
      items.add("ids".equals(view) ? Json.quote(id.apply(i)) : item.apply(i));
    }
    return Reply.json(200, Json.array(items));
  }

  private static String messageId(int i) {
    return "msg" + (1000 + i) + "x7bq2ihr3r3l";
  }

  private static String threadId(int i) {
    return "thr" + (2000 + i) + "f8wgs6jqq6ws";
  }

  private static String contactId(int i) {
    return "ctc" + (3000 + i) + "n1nfi9u8ueq2";
  }

  private static String participant(int n) {
    return "{\"name\":\"Person " + n + "\",\"email\":\"person" + n + "@example.com\"}";
  }

  private static String message(int i) {
    return "{\"id\":\"" + messageId(i) + "\",\"object\":\"message\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"thread_id\":\"" + threadId(i % THREADS) + "\",\"subject\":\"Quarterly report " + (i + 1)
        + "\",\"from\":[" + participant(1) + "],\"to\":[" + participant(2) + "],\"cc\":[],\"bcc\":[]"
        + ",\"reply_to\":[],\"date\":" + (DATE + 60L * i) + ",\"unread\":" + (i % 2 == 0)
        + ",\"starred\":false,\"snippet\":\"Please find the report attached.\""
        + ",\"body\":\"<p>Please find the report attached.</p>\",\"files\":[],\"events\":[]"
        + ",\"labels\":[{\"id\":\"lbl-inbox\",\"name\":\"inbox\",\"display_name\":\"Inbox\"}]"
        + ",\"metadata\":{}}";
  }

  private static String thread(int i) {
    return "{\"id\":\"" + threadId(i) + "\",\"object\":\"thread\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"subject\":\"Quarterly report " + (i + 1) + "\",\"unread\":true,\"starred\":false"
        + ",\"snippet\":\"Please find the report attached.\",\"version\":" + (i + 1)
        + ",\"participants\":[" + participant(1) + "," + participant(2) + "]"
        + ",\"first_message_timestamp\":" + DATE + ",\"last_message_timestamp\":" + (DATE + 60L * i)
        + ",\"last_message_received_timestamp\":" + (DATE + 60L * i)
        + ",\"last_message_sent_timestamp\":null,\"has_attachments\":false"
        + ",\"message_ids\":[\"" + messageId(i) + "\"],\"draft_ids\":[]"
        + ",\"labels\":[{\"id\":\"lbl-inbox\",\"name\":\"inbox\",\"display_name\":\"Inbox\"}]}";
  }

  private static String contact(int i) {
    int n = i + 1;
    return "{\"id\":\"" + contactId(i) + "\",\"object\":\"contact\",\"account_id\":\"" + ACCOUNT_ID
        + "\",\"given_name\":\"Person\",\"middle_name\":null,\"surname\":\"" + n + "\""
        + ",\"suffix\":null,\"nickname\":null,\"birthday\":\"1990-01-0" + n + "\""
        + ",\"company_name\":\"Example Co\",\"job_title\":\"Engineer\",\"manager_name\":null"
        + ",\"office_location\":null,\"notes\":null,\"picture_url\":null"
        + ",\"emails\":[{\"type\":\"work\",\"email\":\"person" + n + "@example.com\"}]"
        + ",\"im_addresses\":[],\"physical_addresses\":[]"
        + ",\"phone_numbers\":[{\"type\":\"mobile\",\"number\":\"+1 555 010" + n + "\"}]"
        + ",\"web_pages\":[],\"groups\":[],\"source\":\"address_book\"}";
  }

  private static String cursor(long nowMillis) {
    return "cur" + Long.toString(nowMillis, 36);
  }

  private static String delta(String cursor, int i) {
    return "{\"cursor\":\"" + cursor + "\",\"event\":\"modify\",\"object\":\"message\""
        + ",\"id\":\"" + messageId(i) + "\",\"attributes\":" + message(i) + "}";
  }

  private static String deltaCursor(Exchange e, long nowMillis) {
    String start = e.query("cursor") != null ? e.query("cursor") : cursor(nowMillis - 1);
    String end = cursor(nowMillis);
    return "{\"cursor_start\":" + Json.quote(start) + ",\"cursor_end\":\"" + end
        + "\",\"deltas\":[" + delta(end, 0) + "]}";
  }
}
