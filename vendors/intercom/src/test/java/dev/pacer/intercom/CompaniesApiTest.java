package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.intercom.model.Company;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.Segment;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.CompanyRequest;
import dev.pacer.intercom.model.DeletedObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class CompaniesApiTest {
  @AutoClose private final WireHarness wire = WireHarness.start();
  private final CompaniesApi companies = wire.client.companies();

  @Test
  void createOrUpdateSendsTheCompanyAndReadsItBack() throws Exception {
    wire.respondFixture("company.json");
    Company c = wire.client.execute(companies.createOrUpdate(CompanyRequest.builder()
        .companyId("acme-1")
        .name("Acme Ltd")
        .plan("Enterprise")
        .size(85)
        .website("https://acme.example.org")
        .industry("Manufacturing")
        .monthlySpend(1999)
        .remoteCreatedAt(Instant.ofEpochSecond(1600000000))
        .customAttribute("region", "EMEA")
        .build()));
    wire.expect("POST", "/companies", """
        {"company_id": "acme-1", "name": "Acme Ltd", "plan": "Enterprise", "size": 85,
         "website": "https://acme.example.org", "industry": "Manufacturing", "monthly_spend": 1999,
         "remote_created_at": 1600000000, "custom_attributes": {"region": "EMEA"}}
        """);

    assertEquals("65a1f0aa11aa22bb33cc44dd", c.id());
    assertEquals("Acme Ltd", c.name());
    assertEquals("Enterprise", c.plan().name());
    assertEquals(Instant.ofEpochSecond(1600000000), c.remoteCreatedAt());
    assertEquals(Instant.ofEpochSecond(1717171800), c.lastRequestAt());
    assertEquals(85, c.size());
    assertEquals(1999.5, c.monthlySpend());
    assertEquals(14, c.userCount());
    assertEquals(310, c.sessionCount());
    assertEquals("enterprise", c.tags().tags().get(0).name());
    assertEquals(Map.of("region", "EMEA"), c.customAttributes());
  }

  @Test
  void getUpdateAndDeleteAddressTheCompanyByIntercomId() throws Exception {
    wire.respondFixture("company.json");
    wire.respondFixture("company.json");
    wire.respond(200, "{\"id\":\"65a1f0aa11aa22bb33cc44dd\",\"object\":\"company\",\"deleted\":true}");

    wire.client.execute(companies.get("65a1f0aa11aa22bb33cc44dd"));
    wire.expect("GET", "/companies/65a1f0aa11aa22bb33cc44dd");
    wire.client.execute(companies.update("65a1f0aa11aa22bb33cc44dd", CompanyRequest.builder().website("https://acme.example").build()));
    wire.expect("PUT", "/companies/65a1f0aa11aa22bb33cc44dd", "{\"website\": \"https://acme.example\"}");
    DeletedObject deleted = wire.client.execute(companies.delete("65a1f0aa11aa22bb33cc44dd"));
    wire.expect("DELETE", "/companies/65a1f0aa11aa22bb33cc44dd");

    assertEquals(new DeletedObject("65a1f0aa11aa22bb33cc44dd", "company", true), deleted);
  }

  @Test
  void findSendsTheExternalIdAndReadsAPageNumberedList() throws Exception {
    wire.respond(200, """
        {"type": "list", "data": [%s],
         "pages": {"type": "pages", "next": null, "page": 1, "per_page": 15, "total_pages": 1}, "total_count": 1}
        """.formatted(WireHarness.fixture("company.json")));
    IntercomList<Company> list = wire.client.execute(companies.find("acme-1", null));
    wire.expect("GET", "/companies?company_id=acme-1");

    assertEquals(1, list.data().size());
    assertEquals(15, list.pages().perPage());
    assertNull(list.pages().next());
  }

  @Test
  void listPostsWithPagingInTheQuery() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[],\"pages\":{\"type\":\"pages\","
        + "\"next\":\"https://api.intercom.io/companies/list?page=3\",\"page\":2,\"per_page\":50,\"total_pages\":3},\"total_count\":120}");
    IntercomList<Company> list = wire.client.execute(companies.list(2, 50, "desc"));
    RecordedRequestAssert.noBody(wire.expect("POST", "/companies/list?page=2&per_page=50&order=desc"));

    assertEquals(120, list.totalCount());
    assertEquals("https://api.intercom.io/companies/list?page=3", list.pages().next().url());
    assertNull(list.pages().nextStartingAfter());
  }

  @Test
  void scrollPassesTheScrollParameterBack() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[" + WireHarness.fixture("company.json")
        + "],\"pages\":null,\"total_count\":null,\"scroll_param\":\"3d2a1c0b-scroll\"}");
    wire.respond(200, "{\"type\":\"list\",\"data\":[],\"pages\":null,\"total_count\":null,\"scroll_param\":\"3d2a1c0b-scroll\"}");

    IntercomList<Company> first = wire.client.execute(companies.scroll(null));
    wire.expect("GET", "/companies/scroll");
    IntercomList<Company> second = wire.client.execute(companies.scroll(first.scrollParam()));
    wire.expect("GET", "/companies/scroll?scroll_param=3d2a1c0b-scroll");

    assertEquals(1, first.data().size());
    assertTrue(second.data().isEmpty());
  }

  @Test
  void attachedContactsAndSegmentsAreListedByIntercomId() throws Exception {
    wire.respond(200, "{\"type\":\"list\",\"data\":[" + WireHarness.fixture("contact.json") + "],\"total_count\":1,"
        + "\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":50,\"total_pages\":1}}");
    wire.respond(200, "{\"type\":\"list\",\"data\":[{\"type\":\"segment\",\"id\":\"5ef0\",\"name\":\"Enterprise\","
        + "\"person_type\":\"user\",\"count\":4}]}");

    IntercomList<Contact> contacts = wire.client.execute(companies.contacts("65a1f0aa"));
    wire.expect("GET", "/companies/65a1f0aa/contacts");
    assertEquals(1, contacts.data().size());
    assertEquals(1, contacts.totalCount());
    IntercomList<Segment> segments = wire.client.execute(companies.segments("65a1f0aa"));
    wire.expect("GET", "/companies/65a1f0aa/segments");
    assertEquals(4, segments.data().get(0).count());
  }
}
