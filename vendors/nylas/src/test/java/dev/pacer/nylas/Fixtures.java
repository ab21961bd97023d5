package dev.pacer.nylas;

/** JSON bodies shaped like Nylas API v2 answers (written for these tests). */
final class Fixtures {
  private Fixtures() {}

  static final String MESSAGE = """
      {
        "id": "msg-1",
        "object": "message",
        "account_id": "acc-1",
        "thread_id": "thr-1",
        "subject": "Launch checklist",
        "from": [{"name": "Grace Hopper", "email": "grace@example.com"}],
        "to": [{"name": "Ada", "email": "ada@example.com"}],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "date": 1557950729,
        "unread": true,
        "starred": false,
        "snippet": "Items left before launch",
        "body": "<p>Items left before launch</p>",
        "files": [{"id": "file-1", "content_type": "application/pdf", "filename": "plan.pdf", "size": 4096,
                   "content_disposition": "attachment", "object": "file"}],
        "events": [],
        "folder": {"id": "fold-1", "name": "inbox", "display_name": "Inbox"},
        "labels": [],
        "metadata": {"crm_id": "42"},
        "a_field_from_the_future": {"nested": [1, 2, 3]}
      }""";

  static final String THREAD = """
      {
        "id": "thr-1",
        "object": "thread",
        "account_id": "acc-1",
        "subject": "Launch checklist",
        "unread": false,
        "starred": true,
        "snippet": "Items left",
        "version": 3,
        "participants": [{"name": "Ada", "email": "ada@example.com"}],
        "first_message_timestamp": 1557950000,
        "last_message_timestamp": 1557950729,
        "last_message_received_timestamp": 1557950729,
        "last_message_sent_timestamp": null,
        "has_attachments": true,
        "message_ids": ["msg-1", "msg-2"],
        "draft_ids": [],
        "labels": [{"id": "lab-1", "name": "important", "display_name": "Important"}]
      }""";

  static final String CONTACT = """
      {
        "id": "con-1",
        "object": "contact",
        "account_id": "acc-1",
        "given_name": "Katherine",
        "surname": "Johnson",
        "birthday": "1918-08-26",
        "company_name": "NASA",
        "emails": [{"type": "work", "email": "kj@example.com"}],
        "phone_numbers": [{"type": "mobile", "number": "+1 555 0100"}],
        "physical_addresses": [{"format": "structured", "type": "work", "street_address": "1 Langley Blvd",
                                "city": "Hampton", "postal_code": "23681", "state": "VA", "country": "US"}],
        "im_addresses": [{"type": "jabber", "im_address": "kj@jabber.example"}],
        "web_pages": [{"type": "work", "url": "https://example.com/kj"}],
        "groups": [{"id": "grp-1", "object": "contact_group", "account_id": "acc-1", "name": "Team", "path": "Team"}],
        "source": "address_book"
      }""";

  static final String DRAFT = """
      {
        "id": "dra-1",
        "object": "draft",
        "account_id": "acc-1",
        "subject": "Hello",
        "to": [{"name": "Ada", "email": "ada@example.com"}],
        "body": "<p>Hi</p>",
        "version": 2,
        "job_status_id": "job-9",
        "date": 1602001027
      }""";

  static final String DELTA_MESSAGE = """
      {"cursor": "c-2", "event": "create", "object": "message", "id": "msg-1",
       "attributes": {"id": "msg-1", "object": "message", "subject": "Launch checklist", "date": 1557950729}}""";

  static final String DELTA_THREAD = """
      {"cursor": "c-3", "event": "modify", "object": "thread", "id": "thr-1",
       "attributes": {"id": "thr-1", "object": "thread", "version": 4}}""";

  static final String DELTA_PAGE = "{\"cursor_start\": \"c-1\", \"cursor_end\": \"c-3\", \"deltas\": ["
      + DELTA_MESSAGE + "," + DELTA_THREAD + "]}";
}
