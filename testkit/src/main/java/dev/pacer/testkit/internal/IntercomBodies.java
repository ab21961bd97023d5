package dev.pacer.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Canned Intercom bodies (shapes of API version 2.x) for contacts, conversations, companies,
 * admins and tags, and for messages, tickets, teams, segments, subscription types, visitors,
 * contact merges and subscriptions, conversation updates, customers, redaction and conversion,
 * and event summaries. Contact, conversation, company and ticket lists page with
 * {@code pages.next.starting_after}; {@code per_page} is honoured.
 */
final class IntercomBodies {
  private static final int CONTACTS = 5;
  private static final int CONVERSATIONS = 4;
  private static final int COMPANIES = 3;
  private static final int TICKETS = 3;
  private static final long CREATED = 1_735_689_600L; // 2025-01-01T00:00:00Z

  private static final Template ME = Template.parse("GET /me");
  private static final Template ADMINS = Template.parse("GET /admins");
  private static final Template ADMIN = Template.parse("GET /admins/{admin_id}");
  private static final Template CONTACTS_LIST = Template.parse("GET /contacts");
  private static final Template CONTACTS_SEARCH = Template.parse("POST /contacts/search");
  private static final Template CONTACT_CREATE = Template.parse("POST /contacts");
  private static final Template CONTACT = Template.parse("* /contacts/{contact_id}");
  private static final Template CONVERSATIONS_LIST = Template.parse("GET /conversations");
  private static final Template CONVERSATIONS_SEARCH = Template.parse("POST /conversations/search");
  private static final Template CONVERSATION = Template.parse("GET /conversations/{conversation_id}");
  private static final Template COMPANIES_LIST = Template.parse("GET /companies");
  private static final Template COMPANY_UPSERT = Template.parse("POST /companies");
  private static final Template COMPANY = Template.parse("GET /companies/{company_id}");
  private static final Template TAGS = Template.parse("GET /tags");
  private static final Template TAG_CREATE = Template.parse("POST /tags");
  private static final Template EVENTS = Template.parse("POST /events");
  private static final Template EVENT_SUMMARIES = Template.parse("POST /events/summaries");
  private static final Template MESSAGES = Template.parse("POST /messages");
  private static final Template CONTACT_MERGE = Template.parse("POST /contacts/merge");
  private static final Template CONTACT_COMPANIES = Template.parse("GET /contacts/{contact_id}/companies");
  private static final Template CONTACT_SEGMENTS = Template.parse("GET /contacts/{contact_id}/segments");
  private static final Template CONTACT_SUBSCRIPTIONS = Template.parse("GET /contacts/{contact_id}/subscriptions");
  private static final Template SUBSCRIBE = Template.parse("POST /contacts/{contact_id}/subscriptions");
  private static final Template UNSUBSCRIBE = Template.parse("DELETE /contacts/{contact_id}/subscriptions/{id}");
  private static final Template COMPANY_CONTACTS = Template.parse("GET /companies/{company_id}/contacts");
  private static final Template COMPANY_SEGMENTS = Template.parse("GET /companies/{company_id}/segments");
  private static final Template CONVERSATION_UPDATE = Template.parse("PUT /conversations/{conversation_id}");
  private static final Template CUSTOMER_ADD = Template.parse("POST /conversations/{conversation_id}/customers");
  private static final Template CUSTOMER_REMOVE = Template.parse("DELETE /conversations/{conversation_id}/customers/{id}");
  private static final Template REDACT = Template.parse("POST /conversations/redact");
  private static final Template CONVERT = Template.parse("POST /conversations/{conversation_id}/convert");
  private static final Template TEAMS = Template.parse("GET /teams");
  private static final Template TEAM = Template.parse("GET /teams/{team_id}");
  private static final Template SEGMENTS = Template.parse("GET /segments");
  private static final Template SEGMENT = Template.parse("GET /segments/{segment_id}");
  private static final Template SUBSCRIPTION_TYPES = Template.parse("GET /subscription_types");
  private static final Template TICKET_CREATE = Template.parse("POST /tickets");
  private static final Template TICKETS_SEARCH = Template.parse("POST /tickets/search");
  private static final Template TICKET_READ = Template.parse("GET /tickets/{ticket_id}");
  private static final Template TICKET_UPDATE = Template.parse("PUT /tickets/{ticket_id}");
  private static final Template TICKET_DELETE = Template.parse("DELETE /tickets/{ticket_id}");
  private static final Template TICKET_REPLY = Template.parse("POST /tickets/{ticket_id}/reply");
  private static final Template TICKET_TAG = Template.parse("POST /tickets/{ticket_id}/tags");
  private static final Template TICKET_UNTAG = Template.parse("DELETE /tickets/{ticket_id}/tags/{tag_id}");
  private static final Template TICKET_TYPES = Template.parse("GET /ticket_types");
  private static final Template TICKET_TYPE = Template.parse("GET /ticket_types/{ticket_type_id}");
  private static final Template TICKET_STATES = Template.parse("GET /ticket_states");
  private static final Template VISITOR = Template.parse("* /visitors");
  private static final Template VISITOR_CONVERT = Template.parse("POST /visitors/convert");

  Reply respond(Exchange e) {
    if (ME.matches(e)) {
      return Reply.json(200, me());
    }
    if (ADMINS.matches(e)) {
      return Reply.json(200, "{\"type\":\"admin.list\",\"admins\":[" + admin(1) + "," + admin(2) + "]}");
    }
    if (ADMIN.matches(e)) {
      return Reply.json(200, admin(1));
    }
    if (CONTACTS_LIST.matches(e) || CONTACTS_SEARCH.matches(e)) {
      return Reply.json(200, cursorList(e, "list", "data", CONTACTS, 50, IntercomBodies::contact));
    }
    if (CONTACT_CREATE.matches(e) || CONTACT_MERGE.matches(e) || VISITOR_CONVERT.matches(e)) {
      return Reply.json(200, contact(0));
    }
    if (CONTACT.matches(e)) {
      if (e.method().equals("DELETE")) {
        return Reply.json(200, "{\"type\":\"contact\",\"id\":" + Json.quote(contactId(0))
            + ",\"external_id\":\"ext-1\",\"deleted\":true}");
      }
      return Reply.json(200, contact(0));
    }
    if (CONVERSATIONS_LIST.matches(e) || CONVERSATIONS_SEARCH.matches(e)) {
      return Reply.json(200, cursorList(
          e, "conversation.list", "conversations", CONVERSATIONS, 20, IntercomBodies::conversation));
    }
    if (CONVERSATION.matches(e)) {
      return Reply.json(200, conversation(0));
    }
    if (COMPANIES_LIST.matches(e)) {
      return Reply.json(200, cursorList(e, "list", "data", COMPANIES, 15, IntercomBodies::company));
    }
    if (COMPANY_UPSERT.matches(e) || COMPANY.matches(e)) {
      return Reply.json(200, company(0));
    }
    if (TAGS.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + tag(1, "vip") + "," + tag(2, "trial") + "]}");
    }
    if (TAG_CREATE.matches(e)) {
      return Reply.json(200, tag(3, "new-tag"));
    }
    if (EVENTS.matches(e)) {
      return Reply.builder(202).build();
    }
    Reply reply = respondToLaterEndpoints(e);
    return reply != null ? reply : Reply.json(200, "{}");
  }

  /** The endpoints typed for issue 20, or null when {@code e} is none of them. */
  private static Reply respondToLaterEndpoints(Exchange e) {
    if (EVENT_SUMMARIES.matches(e)) {
      return Reply.builder(200).build();
    }
    if (MESSAGES.matches(e)) {
      return Reply.json(200, "{\"type\":\"admin_message\",\"id\":\"403918396\",\"created_at\":" + CREATED
          + ",\"body\":\"Hello\",\"message_type\":\"inapp\",\"conversation_id\":\"147000000001\"}");
    }
    if (CONVERSATION_UPDATE.matches(e) || CUSTOMER_ADD.matches(e) || CUSTOMER_REMOVE.matches(e) || REDACT.matches(e)) {
      return Reply.json(200, conversation(0));
    }
    if (CONVERT.matches(e) || TICKET_CREATE.matches(e) || TICKET_READ.matches(e) || TICKET_UPDATE.matches(e)) {
      return Reply.json(200, ticket(0));
    }
    if (TICKETS_SEARCH.matches(e)) {
      return Reply.json(200, cursorList(e, "ticket.list", "tickets", TICKETS, 20, IntercomBodies::ticket));
    }
    if (TICKET_DELETE.matches(e)) {
      return Reply.json(200, "{\"id\":\"631\",\"object\":\"ticket\",\"deleted\":true}");
    }
    if (TICKET_REPLY.matches(e)) {
      return Reply.json(200, "{\"type\":\"ticket_part\",\"id\":\"156\",\"part_type\":\"comment\""
          + ",\"body\":\"<p>On it.</p>\",\"created_at\":" + CREATED + ",\"updated_at\":" + CREATED
          + ",\"author\":{\"type\":\"admin\",\"id\":\"991201\",\"name\":\"Agent 1\"},\"attachments\":[]"
          + ",\"redacted\":false}");
    }
    if (TICKET_TAG.matches(e) || TICKET_UNTAG.matches(e)) {
      return Reply.json(200, tag(1, "vip"));
    }
    if (TICKET_TYPES.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + TICKET_TYPE_BODY + "]}");
    }
    if (TICKET_TYPE.matches(e)) {
      return Reply.json(200, TICKET_TYPE_BODY);
    }
    if (TICKET_STATES.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + TICKET_STATE_BODY + "]}");
    }
    if (CONTACT_COMPANIES.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + company(0) + "],\"total_count\":1}");
    }
    if (COMPANY_CONTACTS.matches(e)) {
      return Reply.json(200, cursorList(e, "list", "data", CONTACTS, 50, IntercomBodies::contact));
    }
    if (CONTACT_SEGMENTS.matches(e) || COMPANY_SEGMENTS.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + segment(1) + "]}");
    }
    if (SEGMENTS.matches(e)) {
      return Reply.json(200, "{\"type\":\"segment.list\",\"segments\":[" + segment(1) + "," + segment(2) + "]}");
    }
    if (SEGMENT.matches(e)) {
      return Reply.json(200, segment(1));
    }
    if (TEAMS.matches(e)) {
      return Reply.json(200, "{\"type\":\"team.list\",\"teams\":[" + team(1) + "," + team(2) + "]}");
    }
    if (TEAM.matches(e)) {
      return Reply.json(200, team(1));
    }
    if (SUBSCRIPTION_TYPES.matches(e) || CONTACT_SUBSCRIPTIONS.matches(e)) {
      return Reply.json(200, "{\"type\":\"list\",\"data\":[" + subscription() + "]}");
    }
    if (SUBSCRIBE.matches(e) || UNSUBSCRIBE.matches(e)) {
      return Reply.json(200, subscription());
    }
    if (VISITOR.matches(e)) {
      return Reply.json(200, visitor());
    }
    return null;
  }

  private static String cursorList(
      Exchange e, String type, String field, int total, int defaultPerPage, IntFunction<String> item) {
    int perPage = Cursors.intParam(e, "per_page", defaultPerPage, 1, 150);
    int offset = Math.min(total, Cursors.offset(e.query("starting_after")));
    int end = Math.min(total, offset + perPage);
    List<String> items = new ArrayList<>();
    for (int i = offset; i < end; i++) {
      items.add(item.apply(i));
    }
    int totalPages = Math.max(1, (total + perPage - 1) / perPage);
    StringBuilder pages = new StringBuilder("{\"type\":\"pages\",\"page\":")
        .append(offset / perPage + 1)
        .append(",\"per_page\":").append(perPage)
        .append(",\"total_pages\":").append(totalPages);
    if (end < total) {
      pages.append(",\"next\":{\"per_page\":").append(perPage)
          .append(",\"starting_after\":").append(Json.quote(Cursors.at(end))).append('}');
    }
    pages.append('}');
    return "{\"type\":" + Json.quote(type) + ",\"" + field + "\":" + Json.array(items)
        + ",\"total_count\":" + total + ",\"pages\":" + pages + "}";
  }

  private static String contactId(int i) {
    return String.format("6762f0a1b2c3d4e5f6a7b%03d", i + 1);
  }

  private static String contact(int i) {
    int n = i + 1;
    return "{\"type\":\"contact\",\"id\":" + Json.quote(contactId(i))
        + ",\"workspace_id\":\"ecahpwf5\",\"external_id\":\"ext-" + n + "\",\"role\":\"user\""
        + ",\"email\":\"user" + n + "@example.com\",\"email_domain\":\"example.com\""
        + ",\"phone\":\"+35315550" + (100 + n) + "\",\"name\":\"Test User " + n + "\""
        + ",\"owner_id\":null,\"has_hard_bounced\":false,\"marked_email_as_spam\":false"
        + ",\"unsubscribed_from_emails\":false"
        + ",\"created_at\":" + (CREATED + n) + ",\"updated_at\":" + (CREATED + 3600 + n)
        + ",\"signed_up_at\":" + (CREATED + n) + ",\"last_seen_at\":" + (CREATED + 7200 + n)
        + ",\"last_replied_at\":null,\"last_contacted_at\":null,\"last_email_opened_at\":null"
        + ",\"last_email_clicked_at\":null,\"language_override\":null,\"browser\":\"chrome\""
        + ",\"browser_version\":\"131.0\",\"browser_language\":\"en\",\"os\":\"Linux\""
        + ",\"custom_attributes\":{\"plan\":\"pro\",\"seats\":" + n + "}"
        + ",\"avatar\":{\"type\":\"avatar\",\"image_url\":null}"
        + ",\"tags\":{\"type\":\"list\",\"data\":[],\"url\":\"/contacts/" + contactId(i)
        + "/tags\",\"total_count\":0,\"has_more\":false}"
        + ",\"notes\":{\"type\":\"list\",\"data\":[],\"url\":\"/contacts/" + contactId(i)
        + "/notes\",\"total_count\":0,\"has_more\":false}"
        + ",\"companies\":{\"type\":\"list\",\"data\":[],\"url\":\"/contacts/" + contactId(i)
        + "/companies\",\"total_count\":0,\"has_more\":false}"
        + ",\"location\":{\"type\":\"location\",\"country\":\"Ireland\",\"region\":\"Dublin\",\"city\":\"Dublin\"}"
        + ",\"social_profiles\":{\"type\":\"list\",\"data\":[]}}";
  }

  private static String conversation(int i) {
    int n = i + 1;
    String id = Long.toString(147_000_000_000L + n);
    return "{\"type\":\"conversation\",\"id\":" + Json.quote(id) + ",\"title\":\"Question " + n + "\""
        + ",\"created_at\":" + (CREATED + 100 * n) + ",\"updated_at\":" + (CREATED + 200 * n)
        + ",\"waiting_since\":null,\"snoozed_until\":null,\"open\":true,\"state\":\"open\""
        + ",\"read\":false,\"priority\":\"not_priority\",\"admin_assignee_id\":null"
        + ",\"team_assignee_id\":null"
        + ",\"tags\":{\"type\":\"tag.list\",\"tags\":[]}"
        + ",\"source\":{\"type\":\"conversation\",\"id\":\"" + (400_000_000 + n) + "\""
        + ",\"delivered_as\":\"customer_initiated\",\"subject\":\"\""
        + ",\"body\":\"<p>Hello, I have a question.</p>\""
        + ",\"author\":{\"type\":\"user\",\"id\":" + Json.quote(contactId(i % CONTACTS))
        + ",\"name\":\"Test User " + (i % CONTACTS + 1) + "\",\"email\":\"user" + (i % CONTACTS + 1)
        + "@example.com\"},\"attachments\":[],\"url\":null,\"redacted\":false}"
        + ",\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\",\"id\":"
        + Json.quote(contactId(i % CONTACTS)) + ",\"external_id\":\"ext-" + (i % CONTACTS + 1) + "\"}]}"
        + ",\"teammates\":{\"type\":\"admin.list\",\"teammates\":[]}"
        + ",\"custom_attributes\":{}"
        + ",\"conversation_parts\":{\"type\":\"conversation_part.list\",\"conversation_parts\":[],\"total_count\":0}}";
  }

  private static String company(int i) {
    int n = i + 1;
    return "{\"type\":\"company\",\"id\":\"6762f0c0a1b2c3d4e5f6a" + (700 + n) + "\""
        + ",\"name\":\"Example Co " + n + "\",\"app_id\":\"ecahpwf5\""
        + ",\"plan\":{\"type\":\"plan\",\"id\":\"269315\",\"name\":\"Pro\"}"
        + ",\"company_id\":\"company-" + n + "\",\"remote_created_at\":" + (CREATED - 86400 * n)
        + ",\"created_at\":" + (CREATED + n) + ",\"updated_at\":" + (CREATED + 600 + n)
        + ",\"last_request_at\":" + (CREATED + 900 + n) + ",\"size\":" + (10 * n)
        + ",\"website\":\"https://example" + n + ".com\",\"industry\":\"Software\""
        + ",\"monthly_spend\":" + (100 * n) + ",\"session_count\":" + (5 * n) + ",\"user_count\":" + n
        + ",\"custom_attributes\":{}"
        + ",\"tags\":{\"type\":\"tag.list\",\"tags\":[]}"
        + ",\"segments\":{\"type\":\"segment.list\",\"segments\":[]}}";
  }

  private static String admin(int n) {
    return "{\"type\":\"admin\",\"id\":\"" + (991_200 + n) + "\",\"name\":\"Agent " + n + "\""
        + ",\"email\":\"agent" + n + "@example.com\",\"job_title\":\"Support\""
        + ",\"away_mode_enabled\":false,\"away_mode_reassign\":false,\"has_inbox_seat\":true"
        + ",\"team_ids\":[814865],\"avatar\":null}";
  }

  private static String me() {
    return "{\"type\":\"admin\",\"id\":\"991201\",\"name\":\"Agent 1\",\"email\":\"agent1@example.com\""
        + ",\"email_verified\":true"
        + ",\"app\":{\"type\":\"app\",\"id_code\":\"ecahpwf5\",\"name\":\"Pacer Sandbox\""
        + ",\"created_at\":" + CREATED + ",\"secure\":false,\"identity_verification\":false"
        + ",\"timezone\":\"Europe/Dublin\",\"region\":\"US\"},\"avatar\":{\"type\":\"avatar\",\"image_url\":null}"
        + ",\"has_inbox_seat\":true}";
  }

  private static String tag(int n, String name) {
    return "{\"type\":\"tag\",\"id\":\"" + (123_450 + n) + "\",\"name\":" + Json.quote(name) + "}";
  }

  private static final String TICKET_TYPE_BODY =
      "{\"type\":\"ticket_type\",\"id\":\"95\",\"name\":\"Bug\",\"category\":\"Customer\",\"archived\":false}";
  private static final String TICKET_STATE_BODY = "{\"type\":\"ticket_state\",\"id\":\"8537\",\"category\":\"submitted\""
      + ",\"internal_label\":\"Submitted\",\"external_label\":\"Submitted\"}";

  private static String ticket(int i) {
    int n = i + 1;
    return "{\"type\":\"ticket\",\"id\":\"" + (630 + n) + "\",\"ticket_id\":\"" + (37 + n) + "\""
        + ",\"category\":\"Customer\",\"ticket_attributes\":{\"_default_title_\":\"Issue " + n + "\"}"
        + ",\"ticket_state\":" + TICKET_STATE_BODY + ",\"ticket_type\":" + TICKET_TYPE_BODY
        + ",\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\",\"id\":"
        + Json.quote(contactId(i % CONTACTS)) + "}]}"
        + ",\"admin_assignee_id\":0,\"team_assignee_id\":0,\"created_at\":" + (CREATED + n)
        + ",\"updated_at\":" + (CREATED + 60 + n) + ",\"open\":true,\"is_shared\":true}";
  }

  private static String segment(int n) {
    return "{\"type\":\"segment\",\"id\":\"6762f25c1bb69f9f2193bc2" + n + "\",\"name\":\"Segment " + n + "\""
        + ",\"created_at\":" + CREATED + ",\"updated_at\":" + CREATED + ",\"person_type\":\"user\"}";
  }

  private static String team(int n) {
    return "{\"type\":\"team\",\"id\":\"" + (814_864 + n) + "\",\"name\":\"Team " + n + "\""
        + ",\"admin_ids\":[" + (991_200 + n) + "]}";
  }

  private static String subscription() {
    return "{\"type\":\"subscription\",\"id\":\"106\",\"state\":\"live\",\"consent_type\":\"opt_in\""
        + ",\"default_translation\":{\"name\":\"Newsletters\",\"description\":\"Product news\",\"locale\":\"en\"}"
        + ",\"translations\":[],\"content_types\":[\"email\"]}";
  }

  private static String visitor() {
    return "{\"type\":\"visitor\",\"id\":\"6762f3101bb69f9f2193bc64\""
        + ",\"user_id\":\"3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3\",\"anonymous\":true,\"email\":\"\""
        + ",\"name\":\"Visitor 1\",\"app_id\":\"ecahpwf5\",\"created_at\":" + CREATED
        + ",\"updated_at\":" + CREATED + ",\"session_count\":1,\"custom_attributes\":{}}";
  }
}
