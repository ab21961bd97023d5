package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.Admin;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.AwayRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class AdminsApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final AdminsApi admins = wire.client.admins();

  @Test
  void meReadsTheAdminWithItsWorkspaceAndRegion() throws Exception {
    wire.respondFixture("admin_me.json");
    Admin me = wire.client.execute(admins.me());
    wire.expect("GET", "/me");

    assertEquals("814532", me.id());
    assertEquals("Ada Lovelace", me.name());
    assertTrue(me.emailVerified());
    assertTrue(me.hasInboxSeat());
    assertEquals("https://static.example.org/avatars/ada.png", me.avatar().imageUrl());
    assertEquals("EU", me.app().region());
    assertEquals("wsp_pacer_test_0001", me.app().idCode());
    assertEquals(Instant.ofEpochSecond(1600000000), me.app().createdAt());
    assertEquals("Europe/Dublin", me.app().timezone());
  }

  @Test
  void listReadsEveryAdmin() throws Exception {
    wire.respond(200, """
        {"type": "admin.list", "admins": [
          {"type": "admin", "email": "ada@example.org", "id": "814532", "name": "Ada Lovelace",
           "away_mode_enabled": false, "away_mode_reassign": false, "has_inbox_seat": true, "team_ids": [6021, 6022],
           "avatar": "https://static.example.org/avatars/ada.png"},
          {"type": "admin", "email": "alan@example.org", "id": "814533", "name": "Alan Turing",
           "away_mode_enabled": true, "away_mode_reassign": true, "has_inbox_seat": false, "team_ids": []}]}
        """);
    IntercomList<Admin> list = wire.client.execute(admins.list());
    wire.expect("GET", "/admins");

    assertEquals(2, list.data().size());
    Admin ada = list.data().get(0);
    assertEquals(List.of(6021L, 6022L), ada.teamIds());
    assertEquals("https://static.example.org/avatars/ada.png", ada.avatar().imageUrl()); // a bare URL here
    assertNull(ada.app());
    assertTrue(list.data().get(1).awayModeEnabled());
  }

  @Test
  void getAndSetAwayAddressTheAdmin() throws Exception {
    wire.respond(200, "{\"type\":\"admin\",\"id\":\"814533\",\"name\":\"Alan Turing\",\"away_mode_enabled\":false,"
        + "\"away_mode_reassign\":false,\"has_inbox_seat\":true,\"away_status_reason_id\":null,\"team_ids\":[]}");
    wire.respond(200, "{\"type\":\"admin\",\"id\":\"814533\",\"name\":\"Alan Turing\",\"away_mode_enabled\":true,"
        + "\"away_mode_reassign\":true,\"has_inbox_seat\":true,\"away_status_reason_id\":\"12345\",\"team_ids\":[]}");

    Admin before = wire.client.execute(admins.get("814533"));
    wire.expect("GET", "/admins/814533");
    Admin after = wire.client.execute(admins.setAway("814533", new AwayRequest(true, true)));
    wire.expect("PUT", "/admins/814533/away", "{\"away_mode_enabled\": true, \"away_mode_reassign\": true}");

    assertFalse(before.awayModeEnabled());
    assertTrue(after.awayModeEnabled());
    assertEquals("12345", after.awayStatusReasonId());
  }
}
