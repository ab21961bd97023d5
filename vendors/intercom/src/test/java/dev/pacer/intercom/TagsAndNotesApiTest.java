package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.intercom.model.Note;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.NoteRequest;
import dev.pacer.intercom.model.Tag;
import dev.pacer.intercom.model.TagRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class TagsAndNotesApiTest {
  private static final String NOTE = """
      {"type": "note", "id": "3101", "created_at": 1717250000,
       "contact": {"type": "contact", "id": "65a1f0c2e4b0a91d3c5e7f10"},
       "author": {"type": "admin", "id": "814532", "name": "Ada Lovelace", "email": "ada@example.org",
                  "away_mode_enabled": false, "away_mode_reassign": false},
       "body": "<p>Prefers email.</p>"}
      """;

  @AutoClose private final WireHarness wire = WireHarness.start();

  @Test
  void tagsAreListedFetchedAndDeleted() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[{\"type\":\"tag\",\"id\":\"8801\",\"name\":\"vip\"},"
        + "{\"type\":\"tag\",\"id\":\"8802\",\"name\":\"enterprise\"}]}");
    wire.respond(200, "{\"type\":\"tag\",\"id\":\"8802\",\"name\":\"enterprise\"}");
    wire.respondEmpty(200);

    IntercomList<Tag> list = wire.client.execute(wire.client.tags().list());
    wire.expect("GET", "/tags");
    Tag one = wire.client.execute(wire.client.tags().get("8802"));
    wire.expect("GET", "/tags/8802");
    Void none = wire.client.execute(wire.client.tags().delete("8802"));
    wire.expect("DELETE", "/tags/8802");

    assertEquals(2, list.data().size());
    assertEquals("enterprise", one.name());
    assertNull(one.appliedAt());
    assertNull(none);
  }

  @Test
  void saveSendsEachOfTheFourTagRequestShapes() throws Exception {
    for (int i = 0; i < 5; i++) wire.respond(200, "{\"type\":\"tag\",\"id\":\"8803\",\"name\":\"vip\",\"users\":[],\"companies\":[]}");

    Tag created = wire.client.execute(wire.client.tags().save(TagRequest.create("vip")));
    wire.expect("POST", "/tags", "{\"name\": \"vip\"}");
    wire.client.execute(wire.client.tags().save(TagRequest.rename("8803", "v.i.p.")));
    wire.expect("POST", "/tags", "{\"name\": \"v.i.p.\", \"id\": \"8803\"}");
    wire.client.execute(wire.client.tags().save(TagRequest.tagCompanies("vip", List.of("c1", "c2"))));
    wire.expect("POST", "/tags", "{\"name\": \"vip\", \"companies\": [{\"id\": \"c1\"}, {\"id\": \"c2\"}]}");
    wire.client.execute(wire.client.tags().save(TagRequest.untagCompanies("vip", List.of("c1"))));
    wire.expect("POST", "/tags", "{\"name\": \"vip\", \"companies\": [{\"id\": \"c1\", \"untag\": true}]}");
    wire.client.execute(wire.client.tags().save(TagRequest.tagContacts("vip", List.of("65a1"))));
    wire.expect("POST", "/tags", "{\"name\": \"vip\", \"users\": [{\"id\": \"65a1\"}]}");

    assertEquals("8803", created.id());
  }

  @Test
  void notesAreListedCreatedAndFetched() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[" + NOTE + "],\"total_count\":1,"
        + "\"pages\":{\"type\":\"pages\",\"next\":null,\"page\":1,\"per_page\":50,\"total_pages\":1}}");
    wire.respond(200, NOTE);
    wire.respond(200, NOTE);

    IntercomList<Note> list = wire.client.execute(wire.client.notes().list("65a1f0c2e4b0a91d3c5e7f10"));
    wire.expect("GET", "/contacts/65a1f0c2e4b0a91d3c5e7f10/notes");
    wire.client.execute(wire.client.notes().create("65a1f0c2e4b0a91d3c5e7f10", new NoteRequest("Prefers email.", "814532")));
    wire.expect("POST", "/contacts/65a1f0c2e4b0a91d3c5e7f10/notes", "{\"body\": \"Prefers email.\", \"admin_id\": \"814532\"}");
    Note note = wire.client.execute(wire.client.notes().get("3101"));
    wire.expect("GET", "/notes/3101");

    assertEquals(1, list.totalCount());
    assertEquals("3101", list.data().get(0).id());
    assertEquals(Instant.ofEpochSecond(1717250000), note.createdAt());
    assertEquals("65a1f0c2e4b0a91d3c5e7f10", note.contact().id());
    assertEquals("Ada Lovelace", note.author().name());
    assertEquals("<p>Prefers email.</p>", note.body());
  }

  @Test
  void aNoteWithoutAnAdminLeavesTheAdminOut() throws Exception {
    wire.respond(200, NOTE);
    wire.client.execute(wire.client.notes().create("65a1", new NoteRequest("Hi", null)));
    wire.expect("POST", "/contacts/65a1/notes", "{\"body\": \"Hi\"}");
  }
}
