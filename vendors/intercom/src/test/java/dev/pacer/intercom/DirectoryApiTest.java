package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.Segment;
import dev.pacer.intercom.model.SubscriptionType;
import dev.pacer.intercom.model.Team;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Teams, segments and subscription types: the workspace's unpaged directories. */
final class DirectoryApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();

  @Test
  void teamsAreListedAndFetchedById() throws Exception {
    wire.respondFixture("model/examples/IntercomList-Team.json");
    wire.respondFixture("model/examples/Team.json");

    IntercomList<Team> teams = wire.client.execute(wire.client.teams().list());
    wire.expect("GET", "/teams");
    assertEquals("team.list", teams.type());
    assertEquals(List.of("Billing", "Support"), teams.data().stream().map(Team::name).toList());
    Team team = wire.client.execute(wire.client.teams().get("991267902"));
    wire.expect("GET", "/teams/991267902");
    assertEquals(List.of(493881L, 493882L), team.adminIds());
    assertEquals(List.of(493882L), team.adminPriorityLevel().secondaryAdminIds());
    assertEquals("round_robin", team.distributionMethod());
  }

  @Test
  void segmentsAreListedWithOrWithoutCountsAndFetchedById() throws Exception {
    wire.respondFixture("model/examples/IntercomList-Segment.json");
    wire.respondFixture("model/examples/IntercomList-Segment.json");
    wire.respondFixture("model/examples/Segment.json");

    IntercomList<Segment> all = wire.client.execute(wire.client.segments().list(null));
    wire.expect("GET", "/segments");
    assertEquals(2, all.data().size());
    assertNull(all.data().get(0).count());
    assertEquals(12, all.data().get(1).count());
    wire.client.execute(wire.client.segments().list(true));
    wire.expect("GET", "/segments?include_count=true");
    Segment one = wire.client.execute(wire.client.segments().get("6762f25c1bb69f9f2193bc22"));
    wire.expect("GET", "/segments/6762f25c1bb69f9f2193bc22");
    assertEquals(Instant.ofEpochSecond(1734537820), one.createdAt());
  }

  @Test
  void subscriptionTypesAreListed() throws Exception {
    wire.respondFixture("model/examples/IntercomList-SubscriptionType.json");
    IntercomList<SubscriptionType> types = wire.client.execute(wire.client.subscriptionTypes().list());
    wire.expect("GET", "/subscription_types");
    SubscriptionType t = types.data().get(0);
    assertEquals("opt_out", t.consentType());
    assertEquals("en", t.translations().get(0).locale());
  }
}
