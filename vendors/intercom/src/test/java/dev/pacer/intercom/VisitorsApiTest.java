package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.ConvertVisitorRequest;
import dev.pacer.intercom.model.ConvertVisitorRequest.Identifiers;
import dev.pacer.intercom.model.Visitor;
import dev.pacer.intercom.model.VisitorUpdate;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class VisitorsApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final VisitorsApi visitors = wire.client.visitors();

  /** Answers the next request with the documented-shape visitor. */
  private void respondVisitor() {
    wire.respondFixture("model/examples/Visitor.json");
  }

  @Test
  void getLooksTheVisitorUpByUserId() throws Exception {
    respondVisitor();
    Visitor v = wire.client.execute(visitors.get("3ecf64d0-9ed1"));
    RecordedRequestAssert.noBody(wire.expect("GET", "/visitors?user_id=3ecf64d0-9ed1"));
    assertEquals("Violet Suitcase", v.pseudonym());
    assertEquals("Blue Sun", v.companies().companies().get(0).name());
    assertEquals("IRL", v.locationData().countryCode());
    assertEquals(Instant.ofEpochSecond(1734538100), v.lastRequestAt());
    assertEquals("trial", v.tags().tags().get(0).name());
    assertEquals(Map.of("plan", "free"), v.customAttributes());
  }

  @Test
  void theSpecsSpellingOfLastRequestAtIsReadToo() throws Exception {
    wire.respond(200, "{\"type\":\"visitor\",\"id\":\"1\",\"las_request_at\":1734538100}");
    assertEquals(Instant.ofEpochSecond(1734538100), wire.client.execute(visitors.get("u")).lastRequestAt());
    wire.expect("GET", "/visitors?user_id=u");
  }

  @Test
  void updateNamesTheVisitorByIdOrUserId() throws Exception {
    respondVisitor();
    respondVisitor();

    wire.client.execute(visitors.update(VisitorUpdate.nameById("6762f30c", "Gareth Bale")));
    wire.expect("PUT", "/visitors", "{\"id\": \"6762f30c\", \"name\": \"Gareth Bale\"}");
    wire.client.execute(visitors.update(
        VisitorUpdate.nameByUserId("3ecf64d0", null).withCustomAttributes(Map.of("plan", "pro"))));
    wire.expect("PUT", "/visitors", "{\"user_id\": \"3ecf64d0\", \"custom_attributes\": {\"plan\": \"pro\"}}");
  }

  @Test
  void anUpdateWithoutAnIdentifierIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new VisitorUpdate(null, null, "x", null));
    assertEquals("a visitor update needs an id or a user id", e.getMessage());
  }

  @Test
  void convertSendsTypeUserAndVisitorAndReadsTheContact() throws Exception {
    wire.respondFixture("contact.json");
    wire.respondFixture("contact.json");

    Contact c = wire.client.execute(visitors.convert(
        ConvertVisitorRequest.toUser(Identifiers.userId("3ecf64d0"), Identifiers.email("foo@bar.com"))));
    wire.expect("POST", "/visitors/convert",
        "{\"type\": \"user\", \"user\": {\"email\": \"foo@bar.com\"}, \"visitor\": {\"user_id\": \"3ecf64d0\"}}");
    assertEquals("contact", c.type());
    wire.client.execute(visitors.convert(ConvertVisitorRequest.toLead(Identifiers.id("6762f310"), Identifiers.id("6762f314"))));
    wire.expect("POST", "/visitors/convert",
        "{\"type\": \"lead\", \"user\": {\"id\": \"6762f314\"}, \"visitor\": {\"id\": \"6762f310\"}}");
  }
}
